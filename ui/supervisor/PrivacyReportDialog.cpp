#include "PrivacyReportDialog.h"

#include "customers/CustomerKey.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csodesk::ui {

PrivacyReportDialog::PrivacyReportDialog(QWidget* parent)
    : QDialog(parent)
    , m_idpel(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_json(new QCheckBox(tr("Simpan juga berkas &JSON (data lengkap untuk diolah) di samping PDF"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("privacyReportDialog"));
    setWindowTitle(tr("Laporan data pribadi"));
    m_idpel->setObjectName(QStringLiteral("privacyReportIdpel"));
    m_idpel->setPlaceholderText(tr("12 digit IDPEL atau 11 digit nomor meter"));
    m_idpel->setMaxLength(32);
    m_problem->setObjectName(QStringLiteral("privacyReportProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_json->setObjectName(QStringLiteral("privacyReportJson"));

    auto* intro = new QLabel(tr("Semua data yang disimpan tentang satu pelanggan, untuk permintaan akses pemilik data "
                                "(UU 27/2022). Laporan ini tercatat di jejak audit atas nama Anda."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&IDPEL:"), m_idpel);
    form->addRow(QString(), m_problem);

    QPushButton* save = m_buttons->addButton(tr("&Lanjut…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("privacyReportNext"));
    save->setDefault(true);
    m_buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_json);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_idpel, &QLineEdit::textChanged, this, &PrivacyReportDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrivacyReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrivacyReportDialog::reject);
    check();
}

bool PrivacyReportDialog::withJson() const
{
    return m_json->isChecked();
}

void PrivacyReportDialog::check()
{
    // Nothing typed yet is not a mistake: say nothing until there is something to judge.
    auto key = parseCustomerKey(m_idpel->text());
    m_problem->setText(key.ok() || m_idpel->text().trimmed().isEmpty() ? QString() : key.error().message);
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void PrivacyReportDialog::accept()
{
    auto key = parseCustomerKey(m_idpel->text());
    if (!key.ok()) {
        m_problem->setText(key.error().message);
        m_problem->setVisible(true);
        m_idpel->setFocus();
        return;
    }
    m_normalised = key->digits;
    QDialog::accept();
}

} // namespace csodesk::ui
