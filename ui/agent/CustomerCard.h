#pragma once

#include "customers/CustomerLookup.h"

#include <QFrame>

class QLabel;

namespace csodesk::ui {

// Who is on the line: name, address, tariff and power, postpaid or prepaid, unit, phone and the
// invoice e-mail state, with arrears highlighted. Also shows the "not found" state plainly, so
// an empty card never leaves the agent wondering whether the search ran.
class CustomerCard : public QFrame {
    Q_OBJECT

public:
    explicit CustomerCard(QWidget* parent = nullptr);

    void showCustomer(const CustomerLookup& lookup);
    // A search that found nobody (or failed): the message says what happened and what to do.
    void showMessage(const QString& title, const QString& text);
    void showEmpty();

private:
    QLabel* addRow(const QString& label, const QString& objectName, int index);

    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_idpel = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_tariff = nullptr;
    QLabel* m_paymentType = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_invoice = nullptr;
    QLabel* m_arrears = nullptr;
};

} // namespace csodesk::ui
