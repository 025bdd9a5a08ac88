#include "TicketFilterBar.h"

#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "common/TimeUtil.h"
#include "documents/TicketDisplay.h"
#include "tickets/TicketPeriod.h"
#include "toolkit/Fonts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace csodesk::ui {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TicketFilterBar::TicketFilterBar(const ApktCatalogue& catalogue, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_agent(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_issueType(new QComboBox(this))
    , m_subIssueType(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_idpel(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_openOnly(new QCheckBox(tr("Hanya yang &terbuka"), this))
    , m_overdueOnly(new QCheckBox(tr("Hanya yang le&wat SLA"), this))
    , m_applyButton(new QPushButton(tr("Te&rapkan"), this))
    , m_clearButton(new QPushButton(tr("Atur &ulang"), this))
    , m_problem(new QLabel(this))
{
    m_period->setObjectName(QStringLiteral("ticketLogPeriod"));
    m_from->setObjectName(QStringLiteral("ticketLogFrom"));
    m_to->setObjectName(QStringLiteral("ticketLogTo"));
    m_agent->setObjectName(QStringLiteral("ticketLogAgent"));
    m_kind->setObjectName(QStringLiteral("ticketLogKind"));
    m_issueType->setObjectName(QStringLiteral("ticketLogIssueType"));
    m_subIssueType->setObjectName(QStringLiteral("ticketLogSubIssueType"));
    m_unit->setObjectName(QStringLiteral("ticketLogUnit"));
    m_idpel->setObjectName(QStringLiteral("ticketLogIdpel"));
    m_text->setObjectName(QStringLiteral("ticketLogText"));
    m_openOnly->setObjectName(QStringLiteral("ticketLogOpenOnly"));
    m_overdueOnly->setObjectName(QStringLiteral("ticketLogOverdueOnly"));
    m_applyButton->setObjectName(QStringLiteral("ticketLogApply"));
    m_clearButton->setObjectName(QStringLiteral("ticketLogClear"));
    m_problem->setObjectName(QStringLiteral("ticketLogFilterProblem"));

    m_period->addItems({ tr("Hari ini"), tr("Minggu ini"), tr("Bulan ini"), tr("7 hari terakhir"),
        tr("30 hari terakhir"), tr("Semua waktu"), tr("Rentang tanggal…") });
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_agent->setPlaceholderText(tr("nama pengguna, mis. agen1"));
    m_agent->setClearButtonEnabled(true);
    m_kind->addItem(tr("Semua jenis"));
    m_kind->addItem(TicketDisplay::kind(TicketKind::IssueClosed), ticketKindCode(TicketKind::IssueClosed));
    m_kind->addItem(TicketDisplay::kind(TicketKind::Keluhan), ticketKindCode(TicketKind::Keluhan));
    m_issueType->addItem(tr("Semua jenis keluhan"));
    for (const ApktIssueType& type : m_catalogue.issueTypes())
        m_issueType->addItem(QStringLiteral("%1 — %2").arg(type.name, type.description), type.id);
    m_subIssueType->setMinimumContentsLength(28);
    m_subIssueType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_issueType->setMinimumContentsLength(18);
    m_issueType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setPlaceholderText(tr("kode unit, mis. 54110"));
    m_unit->setClearButtonEnabled(true);
    m_idpel->setPlaceholderText(tr("12 angka"));
    m_idpel->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_idpel));
    m_idpel->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("kata dalam uraian tiket"));
    m_text->setClearButtonEnabled(true);
    m_applyButton->setDefault(true);
    m_problem->setFont(smallFont(font()));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + fontMetrics().height() * 2;
    m_from->setMinimumWidth(dateWidth);
    m_to->setMinimumWidth(dateWidth);
    const int fieldWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14;
    m_agent->setMinimumWidth(fieldWidth);
    m_idpel->setMinimumWidth(fieldWidth);
    m_unit->setMinimumWidth(fieldWidth);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    grid->addWidget(buddyLabel(tr("&Periode"), m_period, this), 0, 0);
    grid->addLayout(periodRow, 0, 1);
    grid->addWidget(buddyLabel(tr("A&gen"), m_agent, this), 0, 2);
    grid->addWidget(m_agent, 0, 3);
    grid->addWidget(buddyLabel(tr("&Jenis"), m_kind, this), 0, 4);
    grid->addWidget(m_kind, 0, 5);
    grid->addWidget(buddyLabel(tr("I&DPEL"), m_idpel, this), 0, 6);
    grid->addWidget(m_idpel, 0, 7);
    grid->addWidget(buddyLabel(tr("Jenis &keluhan"), m_issueType, this), 1, 0);
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_issueType, 2);
    typeRow->addWidget(m_subIssueType, 3);
    grid->addLayout(typeRow, 1, 1);
    grid->addWidget(buddyLabel(tr("U&nit"), m_unit, this), 1, 2);
    grid->addWidget(m_unit, 1, 3);
    grid->addWidget(buddyLabel(tr("Te&ks"), m_text, this), 1, 4);
    grid->addWidget(m_text, 1, 5, 1, 3);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openOnly);
    buttonRow->addWidget(m_overdueOnly);
    buttonRow->addWidget(m_problem);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clearButton);
    buttonRow->addWidget(m_applyButton);
    grid->addLayout(buttonRow, 2, 0, 1, 8);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    grid->setColumnStretch(7, 1);

    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_agent);
    setTabOrder(m_agent, m_kind);
    setTabOrder(m_kind, m_idpel);
    setTabOrder(m_idpel, m_issueType);
    setTabOrder(m_issueType, m_subIssueType);
    setTabOrder(m_subIssueType, m_unit);
    setTabOrder(m_unit, m_text);
    setTabOrder(m_text, m_openOnly);
    setTabOrder(m_openOnly, m_overdueOnly);
    setTabOrder(m_overdueOnly, m_clearButton);
    setTabOrder(m_clearButton, m_applyButton);

    connect(m_period, &QComboBox::currentIndexChanged, this, &TicketFilterBar::onPeriodChanged);
    connect(m_issueType, &QComboBox::currentIndexChanged, this, &TicketFilterBar::onIssueTypeChanged);
    connect(m_applyButton, &QPushButton::clicked, this, &TicketFilterBar::apply);
    connect(m_clearButton, &QPushButton::clicked, this, &TicketFilterBar::clear);
    for (QLineEdit* edit : { m_agent, m_unit, m_idpel, m_text })
        connect(edit, &QLineEdit::returnPressed, this, &TicketFilterBar::apply);
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_openOnly->setChecked(true); // overdue tickets are open ones
    });

    m_period->setCurrentIndex(ThisMonth);
    onPeriodChanged();
    onIssueTypeChanged();
}

void TicketFilterBar::setPeriodChoice(PeriodChoice choice)
{
    m_period->setCurrentIndex(choice);
}

void TicketFilterBar::onPeriodChanged()
{
    const int choice = m_period->currentIndex();
    const bool custom = choice == CustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    if (choice == AllTime) {
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        return;
    }
    static const PeriodPick picks[] = { PeriodPick::Today, PeriodPick::ThisWeek, PeriodPick::ThisMonth,
        PeriodPick::Last7Days, PeriodPick::Last30Days };
    const TicketPeriod period = ticket_period::pick(picks[choice], m_clock.nowUtc());
    m_from->setDate(ticket_period::firstDay(period));
    m_to->setDate(ticket_period::lastDay(period));
}

void TicketFilterBar::onIssueTypeChanged()
{
    const QString issueTypeId = m_issueType->currentData().toString();
    m_subIssueType->clear();
    m_subIssueType->addItem(tr("Semua sub-jenis"));
    if (const ApktIssueType* type = m_catalogue.findIssueType(issueTypeId)) {
        for (const ApktSubIssueType& sub : type->subIssueTypes)
            m_subIssueType->addItem(sub.name, sub.id);
    }
    m_subIssueType->setEnabled(!issueTypeId.isEmpty());
}

TicketFilter TicketFilterBar::filter() const
{
    TicketFilter filter;
    if (m_period->currentIndex() != AllTime) {
        const TicketPeriod period = ticket_period::days(m_from->date(), m_to->date());
        filter.from = period.from;
        filter.to = period.to;
    }
    filter.agentName = m_agent->text().trimmed();
    if (!m_kind->currentData().isNull())
        filter.kind = ticketKindFromCode(m_kind->currentData().toString()).value();
    filter.issueTypeId = m_issueType->currentData().toString();
    filter.subIssueTypeId = m_subIssueType->currentData().toString();
    filter.unitCode = m_unit->text().trimmed();
    filter.customerIdpel = m_idpel->text().trimmed();
    filter.descriptionContains = m_text->text().trimmed();
    filter.openOnly = m_openOnly->isChecked();
    filter.overdueOnly = m_overdueOnly->isChecked();
    return filter;
}

void TicketFilterBar::setFilter(const TicketFilter& filter)
{
    if (filter.from.isValid() && filter.to.isValid()) {
        m_period->setCurrentIndex(CustomRange);
        m_from->setDate(wibDate(filter.from));
        m_to->setDate(wibDate(filter.to.addMSecs(-1)));
    } else {
        m_period->setCurrentIndex(AllTime);
    }
    m_agent->setText(filter.agentName);
    m_kind->setCurrentIndex(filter.kind ? m_kind->findData(ticketKindCode(*filter.kind)) : 0);
    QString issueTypeId = filter.issueTypeId;
    if (issueTypeId.isEmpty() && !filter.subIssueTypeId.isEmpty()) {
        if (const ApktIssueType* type = m_catalogue.issueTypeOfSubIssue(filter.subIssueTypeId))
            issueTypeId = type->id;
    }
    m_issueType->setCurrentIndex(std::max(0, m_issueType->findData(issueTypeId)));
    onIssueTypeChanged();
    m_subIssueType->setCurrentIndex(std::max(0, m_subIssueType->findData(filter.subIssueTypeId)));
    m_unit->setText(filter.unitCode);
    m_idpel->setText(filter.customerIdpel);
    m_text->setText(filter.descriptionContains);
    m_openOnly->setChecked(filter.openOnly || filter.overdueOnly);
    m_overdueOnly->setChecked(filter.overdueOnly);
    m_problem->hide();
}

void TicketFilterBar::apply()
{
    const QString idpel = m_idpel->text().trimmed();
    QString problem;
    if (!idpel.isEmpty() && idpel.size() != 12)
        problem = tr("IDPEL harus 12 angka.");
    else if (m_period->currentIndex() == CustomRange && m_to->date() < m_from->date())
        problem = tr("Tanggal akhir sebelum tanggal awal.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    Q_EMIT filterApplied(filter());
}

void TicketFilterBar::clear()
{
    setFilter({});
    setPeriodChoice(ThisMonth);
    apply();
}

} // namespace csodesk::ui
