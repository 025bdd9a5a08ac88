#pragma once

#include "customers/CustomerHit.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace csodesk::ui {

class CustomerHitModel;

// The customers a search by name, address or phone found, for the agent to pick the caller's
// by keyboard: arrows and Enter, or the row's number (1–9); Esc goes back to the search field.
class CustomerPickList : public QWidget {
    Q_OBJECT

public:
    explicit CustomerPickList(QWidget* parent = nullptr);

    // Shows `result` (several customers) and takes the focus to the first.
    void showResult(const CustomerSearchResult& result);
    [[nodiscard]] int count() const;

Q_SIGNALS:
    void chosen(const QString& idpel);
    void dismissed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(int row);

    QLabel* m_heading = nullptr;
    QLabel* m_more = nullptr;
    QTableView* m_view = nullptr;
    CustomerHitModel* m_model = nullptr;
};

} // namespace csodesk::ui
