#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace csodesk::ui {

// Asks an admin whose privacy report to make: the IDPEL (checked with core's parseCustomerKey
// as it is typed, the reason shown under the field) and whether the JSON goes beside the PDF.
class PrivacyReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit PrivacyReportDialog(QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* idpelField() const { return m_idpel; }
    [[nodiscard]] QCheckBox* jsonBox() const { return m_json; }
    // The IDPEL as core normalised it; valid only after the dialog was accepted.
    [[nodiscard]] const QString& idpel() const { return m_normalised; }
    [[nodiscard]] bool withJson() const;

    void accept() override;

private:
    void check();

    QLineEdit* m_idpel;
    QLabel* m_problem;
    QCheckBox* m_json;
    QDialogButtonBox* m_buttons;
    QString m_normalised;
};

} // namespace csodesk::ui
