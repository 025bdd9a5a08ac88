#include "AuditView.h"

#include "AuditLogModel.h"
#include "ConsoleServices.h"
#include "common/Clock.h"
#include "common/TimeUtil.h"
#include "tickets/TicketPeriod.h"
#include "toolkit/Messages.h"
#include "toolkit/RecordTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace csodesk::ui {

AuditView::AuditView(const Actor& actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_idpel(new QLineEdit(this))
    , m_applyButton(new QPushButton(tr("Te&rapkan"), this))
    , m_table(new QTableView(this))
    , m_model(new AuditLogModel(actor, services.audit, services.runner, this))
{
    setObjectName(QStringLiteral("auditView"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_idpel->setObjectName(QStringLiteral("auditIdpel"));
    m_applyButton->setObjectName(QStringLiteral("auditApply"));
    m_table->setObjectName(QStringLiteral("auditTable"));

    const QDate today = wibDate(services.clock.nowUtc());
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    m_actor->setPlaceholderText(tr("nama pengguna"));
    m_actor->setClearButtonEnabled(true);
    m_idpel->setPlaceholderText(tr("12 angka"));
    m_idpel->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_idpel));
    m_idpel->setClearButtonEnabled(true);
    m_action->addItem(tr("Semua tindakan"));
    for (const QString& action :
        { AuditAction::Lookup, AuditAction::Search, AuditAction::Export, AuditAction::FileTicket, AuditAction::Annotate,
            AuditAction::StatusChange, AuditAction::Login, AuditAction::LoginFailed, AuditAction::UserAdmin,
            AuditAction::Import, AuditAction::Retention, AuditAction::PrivacyPurge })
        m_action->addItem(AuditLogModel::actionName(action), action);
    m_applyButton->setDefault(true);

    const auto labelled = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* filters = new QHBoxLayout;
    filters->addWidget(labelled(tr("&Dari"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(labelled(tr("&Sampai"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(labelled(tr("Pen&gguna"), m_actor));
    filters->addWidget(m_actor, 1);
    filters->addWidget(labelled(tr("&Tindakan"), m_action));
    filters->addWidget(m_action);
    filters->addWidget(labelled(tr("I&DPEL"), m_idpel));
    filters->addWidget(m_idpel, 1);
    filters->addWidget(m_applyButton);

    m_table->setModel(m_model);
    setUpRecordTable(*m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 20 * charWidth);
    m_table->setColumnWidth(AuditLogModel::ActorColumn, 12 * charWidth);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 20 * charWidth);
    m_table->setColumnWidth(AuditLogModel::IdpelColumn, 15 * charWidth);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_applyButton, &QPushButton::clicked, this, &AuditView::apply);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditView::apply);
    connect(m_idpel, &QLineEdit::returnPressed, this, &AuditView::apply);
    connect(
        m_model, &AuditLogModel::loadFailed, this, [this](const Error& error) { Messages::showError(this, error); });
    apply();
}

void AuditView::apply()
{
    const TicketPeriod period = ticket_period::days(m_from->date(), m_to->date());
    if (!period.isValid()) {
        Messages::inform(this, tr("Periode tidak valid"), tr("Tanggal akhir sebelum tanggal awal."));
        return;
    }
    AuditFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.customerIdpel = m_idpel->text().trimmed();
    m_model->setFilter(filter);
}

} // namespace csodesk::ui
