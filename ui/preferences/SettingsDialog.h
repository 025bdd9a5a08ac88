#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace csodesk {
class Settings;
}

namespace csodesk::ui {

// Language, database, site code and log level, written through core Settings. Each field is
// checked as it is typed, with the reason under it; "Simpan" stays disabled while any is wrong.
// The values take effect at the next start (the database and the translators are chosen
// before any window exists), and the dialog says so.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    [[nodiscard]] bool isInputValid() const;

    void accept() override;

private:
    void validate();

    Settings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_databaseUrl;
    QLabel* m_databaseProblem;
    QLineEdit* m_siteCode;
    QLabel* m_siteCodeProblem;
    QComboBox* m_logLevel;
    QSpinBox* m_idleLock;
    QPushButton* m_saveButton;
    bool m_databaseValid = true;
    bool m_siteCodeValid = true;
};

} // namespace csodesk::ui
