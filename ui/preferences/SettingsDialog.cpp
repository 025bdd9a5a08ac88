#include "SettingsDialog.h"

#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "storage/DatabaseUrl.h"
#include "toolkit/Fonts.h"
#include "toolkit/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace csodesk::ui {

namespace {

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFont(smallFont(label->font()));
    label->setStyleSheet(QStringLiteral("color: #a4161a;"));
    label->hide();
    return label;
}

void showProblem(QLabel* label, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_databaseUrl(new QLineEdit(this))
    , m_databaseProblem(problemLabel(this, QStringLiteral("settingsDatabaseProblem")))
    , m_siteCode(new QLineEdit(this))
    , m_siteCodeProblem(problemLabel(this, QStringLiteral("settingsSiteCodeProblem")))
    , m_logLevel(new QComboBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_saveButton(new QPushButton(tr("&Simpan"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Pengaturan"));

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    const auto languages = Translations::supportedLanguages();
    for (const QString& code : languages)
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));

    m_databaseUrl->setObjectName(QStringLiteral("settingsDatabaseUrl"));
    m_databaseUrl->setText(m_settings.databaseUrl());
    m_databaseUrl->setPlaceholderText(tr("Kosong: berkas bawaan %1").arg(AppPaths::defaultDatabasePath()));
    m_databaseUrl->setClearButtonEnabled(true);

    m_siteCode->setObjectName(QStringLiteral("settingsSiteCode"));
    m_siteCode->setText(m_settings.siteCode());
    m_siteCode->setMaxLength(2);
    m_siteCode->setMaximumWidth(m_siteCode->fontMetrics().averageCharWidth() * 8);

    m_logLevel->setObjectName(QStringLiteral("settingsLogLevel"));
    struct Level {
        const char* code;
        const char* label;
    };
    const std::array<Level, 5> levels { {
        { "error", QT_TR_NOOP("Hanya kesalahan") },
        { "warn", QT_TR_NOOP("Peringatan") },
        { "info", QT_TR_NOOP("Informasi (disarankan)") },
        { "debug", QT_TR_NOOP("Debug") },
        { "trace", QT_TR_NOOP("Jejak lengkap") },
    } };
    for (const auto& level : levels)
        m_logLevel->addItem(tr(level.label), QString::fromLatin1(level.code));
    m_logLevel->setCurrentIndex(qMax(0, m_logLevel->findData(m_settings.logLevel())));

    m_idleLock->setObjectName(QStringLiteral("settingsIdleLock"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" menit"));
    m_idleLock->setSpecialValueText(tr("Tidak pernah"));
    m_idleLock->setValue(m_settings.idleLockMinutes());
    m_idleLock->setMaximumWidth(m_idleLock->fontMetrics().averageCharWidth() * 18);
    m_idleLock->setToolTip(tr("Tanpa ketikan atau klik selama ini, layar dikunci dan kata sandi diminta lagi; "
                              "panggilan yang berjalan ditawarkan kembali."));

    auto* form = new QFormLayout;
    const auto addRow = [this, form](const QString& text, QWidget* field, QLabel* problem) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        if (problem != nullptr)
            form->addRow(QString(), problem);
    };
    addRow(tr("&Bahasa:"), m_language, nullptr);
    addRow(tr("Basis &data:"), m_databaseUrl, m_databaseProblem);
    addRow(tr("&Kode lokasi:"), m_siteCode, m_siteCodeProblem);
    addRow(tr("&Tingkat log:"), m_logLevel, nullptr);
    addRow(tr("K&unci layar setelah:"), m_idleLock, nullptr);

    auto* note = new QLabel(tr("Bahasa dan basis data berlaku setelah csodesk dibuka ulang. "
                               "Kode lokasi adalah dua angka yang menandai lokasi ini di nomor tiket."),
        this);
    note->setWordWrap(true);
    note->setFont(smallFont(note->font()));

    m_saveButton->setObjectName(QStringLiteral("settingsSaveButton"));
    m_saveButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    auto* cancel = buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("settingsCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    connect(m_databaseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_siteCode, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    m_language->setFocus();
}

bool SettingsDialog::isInputValid() const
{
    return m_databaseValid && m_siteCodeValid;
}

void SettingsDialog::validate()
{
    const QString url = m_databaseUrl->text().trimmed();
    QString databaseProblem;
    if (!url.isEmpty()) {
        if (const auto parsed = DatabaseUrl::parse(url); !parsed.ok())
            databaseProblem = parsed.error().message;
        else if (!parsed->password().isEmpty())
            // Settings are a plain file: a password saved there is a password given away.
            databaseProblem = tr("Alamat ini berisi kata sandi, dan kata sandi tidak pernah disimpan. Hapus bagian "
                                 "\":kata-sandi\"; di lantai PostgreSQL setiap orang masuk dengan akunnya sendiri.");
    }
    m_databaseValid = databaseProblem.isEmpty();
    showProblem(m_databaseProblem, databaseProblem);

    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    const QString site = m_siteCode->text().trimmed();
    QString siteProblem;
    if (site.isEmpty())
        siteProblem = tr("Isi kode lokasi: dua angka, misalnya 54.");
    else if (!twoDigits.match(site).hasMatch())
        siteProblem = tr("Kode lokasi harus tepat dua angka (00–99), misalnya 54.");
    m_siteCodeValid = siteProblem.isEmpty();
    showProblem(m_siteCodeProblem, siteProblem);

    m_saveButton->setEnabled(isInputValid());
}

void SettingsDialog::accept()
{
    validate();
    if (!isInputValid())
        return; // Enter in a field must not save a wrong value either
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDatabaseUrl(m_databaseUrl->text().trimmed());
    m_settings.setSiteCode(m_siteCode->text().trimmed());
    m_settings.setIdleLockMinutes(m_idleLock->value());
    m_settings.setLogLevel(m_logLevel->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace csodesk::ui
