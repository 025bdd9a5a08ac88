#include "DashboardView.h"

#include "ConsoleServices.h"
#include "MetricCard.h"
#include "TicketDisplay.h"
#include "TicketDocument.h"
#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "common/TimeUtil.h"
#include "dashboard/DashboardQuery.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace csodesk::ui {

namespace {

enum ChartIndex { PerDayChart, SubIssueChart, AgentChart, AgeChart };

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    return chart;
}

// A count axis from 0 with some headroom above the highest bar, whole numbers only.
QValueAxis* countAxis(qint64 highest, qreal headroom)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, qreal(std::max<qint64>(highest, 1)) * headroom);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void addAxes(QChart* chart, QAbstractSeries* series, QAbstractAxis* first, Qt::Alignment firstSide,
    QAbstractAxis* second, Qt::Alignment secondSide)
{
    chart->addAxis(first, firstSide);
    chart->addAxis(second, secondSide);
    series->attachAxis(first);
    series->attachAxis(second);
}

QString percentText(qint64 permille)
{
    return QStringLiteral("%1,%2 %").arg(permille / 10).arg(permille % 10);
}

QString pointsText(qint64 deltaPermille)
{
    const QString sign = deltaPermille > 0 ? QStringLiteral("+") : deltaPermille < 0 ? QStringLiteral("−") : QString();
    const qint64 magnitude = std::abs(deltaPermille);
    return sign + QStringLiteral("%1,%2").arg(magnitude / 10).arg(magnitude % 10);
}

MetricCard::Trend trendOf(qint64 delta, bool higherIsBetter)
{
    if (delta == 0)
        return MetricCard::Trend::Neutral;
    return (delta > 0) == higherIsBetter ? MetricCard::Trend::Better : MetricCard::Trend::Worse;
}

QString elided(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QStringLiteral("…");
}

} // namespace

DashboardView::DashboardView(const Actor& actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_services(services)
    , m_periodChoice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refreshButton(new QPushButton(tr("Per&barui"), this))
    , m_printButton(new QPushButton(tr("Ce&tak…"), this))
    , m_pdfButton(new QPushButton(tr("Simpan P&DF…"), this))
    , m_periodLabel(new QLabel(this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_periodChoice->setObjectName(QStringLiteral("dashboardPeriod"));
    m_refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriodLabel"));
    m_periodChoice->addItems({ tr("Hari ini"), tr("Minggu ini"), tr("Bulan ini"), tr("7 hari terakhir"),
        tr("30 hari terakhir"), tr("Rentang tanggal…") });
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    auto* periodLabel = new QLabel(tr("&Periode"), this);
    periodLabel->setBuddy(m_periodChoice);

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_periodChoice);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    top->addWidget(m_refreshButton);
    top->addSpacing(fontMetrics().height());
    top->addWidget(m_periodLabel, 1);
    top->addWidget(m_printButton);
    top->addWidget(m_pdfButton);

    const QString cardTitles[kCardCount] = { tr("Tiket"), tr("Selesai saat kontak pertama"),
        tr("Rata-rata durasi panggilan"), tr("KELUHAN terbuka lewat SLA"), tr("Kontak ulang (7 hari)") };
    const char* cardNames[kCardCount]
        = { "dashboardTickets", "dashboardFcr", "dashboardAht", "dashboardOverdue", "dashboardRepeats" };
    auto* cards = new QHBoxLayout;
    for (int i = 0; i < kCardCount; ++i) {
        m_cards[i] = new MetricCard(cardTitles[i], m_content);
        m_cards[i]->setObjectName(QString::fromLatin1(cardNames[i]));
        cards->addWidget(m_cards[i]);
    }
    auto* charts = new QGridLayout;
    const char* chartNames[4] = { "dashboardPerDay", "dashboardSubIssues", "dashboardAgents", "dashboardAge" };
    for (int i = 0; i < 4; ++i) {
        m_charts[i] = new QChartView(m_content);
        m_charts[i]->setObjectName(QString::fromLatin1(chartNames[i]));
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setMinimumHeight(fontMetrics().height() * 12);
        charts->addWidget(m_charts[i], i / 2, i % 2);
    }
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(cards);
    contentLayout->addLayout(charts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);

    // This month, computed once: the choice is made before its signal is connected.
    m_periodChoice->setCurrentIndex(2);
    connect(m_periodChoice, &QComboBox::currentIndexChanged, this, &DashboardView::onPeriodChoiceChanged);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_printButton, &QPushButton::clicked, this, &DashboardView::printDashboard);
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardView::chooseAndSavePdf);
    onPeriodChoiceChanged();
}

void DashboardView::onPeriodChoiceChanged()
{
    static const PeriodPick picks[] = { PeriodPick::Today, PeriodPick::ThisWeek, PeriodPick::ThisMonth,
        PeriodPick::Last7Days, PeriodPick::Last30Days };
    const int choice = m_periodChoice->currentIndex();
    const bool custom = choice >= 5;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    const TicketPeriod period = ticket_period::pick(picks[choice], m_services.clock.nowUtc());
    m_from->setDate(ticket_period::firstDay(period));
    m_to->setDate(ticket_period::lastDay(period));
    refresh();
}

void DashboardView::setPeriod(const TicketPeriod& period)
{
    const QSignalBlocker block(m_periodChoice);
    m_periodChoice->setCurrentIndex(5);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(ticket_period::firstDay(period));
    m_to->setDate(ticket_period::lastDay(period));
    refresh();
}

TicketPeriod DashboardView::chosenPeriod() const
{
    return ticket_period::days(m_from->date(), m_to->date());
}

void DashboardView::refresh()
{
    const TicketPeriod period = chosenPeriod();
    if (!period.isValid()) {
        Messages::inform(this, tr("Periode tidak valid"), tr("Tanggal akhir sebelum tanggal awal."));
        return;
    }
    DashboardQuery* dashboard = &m_services.dashboard;
    const Actor actor = m_actor;
    ++m_loads;
    m_services.runner.run(
        this, tr("Menghitung dasbor…"), [dashboard, actor, period] { return dashboard->load(actor, period); },
        [this](const Result<Dashboard>& data) { onLoaded(data); });
}

void DashboardView::onLoaded(const Result<Dashboard>& data)
{
    if (!data.ok()) {
        Messages::showError(this, data.error());
        return;
    }
    m_data = data.value();
    m_periodLabel->setText(
        tr("%1 s.d. %2, dibandingkan dengan %3 s.d. %4")
            .arg(formatWibDate(m_data->period.from), formatWibDate(m_data->period.to.addMSecs(-1)),
                formatWibDate(m_data->previousPeriod.from), formatWibDate(m_data->previousPeriod.to.addMSecs(-1))));
    showCards(*m_data);
    showCharts(*m_data);
    Q_EMIT refreshed();
}

void DashboardView::showCards(const Dashboard& d)
{
    const auto countChange = [](const CountChange& change) {
        const qint64 delta = change.delta();
        QString text = (delta > 0          ? QStringLiteral("+")
                               : delta < 0 ? QStringLiteral("−")
                                           : QString())
            + countText(std::abs(delta));
        if (const auto permille = change.changePermille())
            text += QStringLiteral(" (%1%2)").arg(
                delta < 0 ? QStringLiteral("−") : QStringLiteral("+"), percentText(*permille));
        return tr("%1 dibanding periode sebelumnya").arg(text);
    };
    m_cards[0]->setValue(countText(d.tickets().now), countChange(d.tickets()), MetricCard::Trend::Neutral);

    const ShareChange fcr = d.firstContactResolution();
    m_cards[1]->setValue(percentText(fcr.nowPermille),
        tr("%1 poin dibanding periode sebelumnya").arg(pointsText(fcr.deltaPermille())),
        trendOf(fcr.deltaPermille(), true));

    const DurationChange aht = d.averageHandleTime();
    const qint64 ahtDelta = aht.deltaSeconds();
    m_cards[2]->setValue(formatDuration(aht.nowMs / 1000),
        tr("%1%2 dibanding periode sebelumnya")
            .arg(ahtDelta > 0      ? QStringLiteral("+")
                    : ahtDelta < 0 ? QStringLiteral("−")
                                   : QString(),
                formatDuration(std::abs(ahtDelta))),
        trendOf(ahtDelta, false));

    const CountChange overdue = d.overdueKeluhan();
    m_cards[3]->setValue(countText(overdue.now), countChange(overdue), trendOf(overdue.delta(), false));

    const ShareChange repeats = d.repeatContacts();
    m_cards[4]->setValue(percentText(repeats.nowPermille),
        tr("%1 poin dibanding periode sebelumnya").arg(pointsText(repeats.deltaPermille())),
        trendOf(repeats.deltaPermille(), false));
}

void DashboardView::replaceChart(int index, QChart* chart)
{
    QChart* old = m_charts[index]->chart();
    m_charts[index]->setChart(chart);
    delete old;
}

void DashboardView::drillDownOnClick(QBarSet* set, int chart, int setIndex)
{
    connect(set, &QBarSet::clicked, this, [this, chart, setIndex](int index) {
        if (auto f = filterForBar(chart, setIndex, index))
            Q_EMIT drillDown(*f);
    });
}

void DashboardView::showCharts(const Dashboard& d)
{
    // Per day, by kind: every day of the period, also the quiet ones.
    {
        QChart* chart = newChart(tr("Tiket per hari menurut jenis"));
        auto* closed = new QBarSet(TicketDisplay::kind(TicketKind::IssueClosed));
        auto* keluhan = new QBarSet(TicketDisplay::kind(TicketKind::Keluhan));
        closed->setColor(QColor(0x3b, 0x7d, 0xd8));
        keluhan->setColor(QColor(0xe0, 0x8a, 0x1e));
        QStringList days;
        qint64 highest = 0;
        for (const DayTickets& day : d.perDay()) {
            *closed << qreal(day.issueClosed);
            *keluhan << qreal(day.keluhan);
            highest = std::max(highest, day.issueClosed + day.keluhan);
            days << day.day.toString(QStringLiteral("dd/MM"));
        }
        auto* series = new QStackedBarSeries;
        series->append(closed);
        series->append(keluhan);
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        axisX->append(days);
        if (days.size() > 16)
            axisX->setLabelsAngle(-90);
        auto* axisY = countAxis(highest, 1.1);
        addAxes(chart, series, axisX, Qt::AlignBottom, axisY, Qt::AlignLeft);
        drillDownOnClick(closed, PerDayChart, 0);
        drillDownOnClick(keluhan, PerDayChart, 1);
        replaceChart(PerDayChart, chart);
    }
    // The most frequent sub-issue types, the most frequent at the top.
    {
        QChart* chart = newChart(tr("Sub-jenis terbanyak"));
        chart->legend()->hide();
        auto* set = new QBarSet(tr("Tiket"));
        set->setColor(QColor(0x3b, 0x7d, 0xd8));
        QStringList names;
        // Drawn bottom-up: the most frequent type is the top bar.
        const QList<KeyCount> top = d.topSubIssueTypes();
        qint64 highest = 0;
        for (auto it = top.crbegin(); it != top.crend(); ++it) {
            *set << qreal(it->count);
            highest = std::max(highest, it->count);
            names << elided(m_services.catalogue.subIssueTypeName(it->key), 34);
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        axisY->append(names);
        auto* axisX = countAxis(highest, 1.15);
        addAxes(chart, series, axisY, Qt::AlignLeft, axisX, Qt::AlignBottom);
        drillDownOnClick(set, SubIssueChart, 0);
        replaceChart(SubIssueChart, chart);
    }
    // Tickets per agent (bars) and their mean handle time in minutes (line, right axis).
    {
        QChart* chart = newChart(tr("Tiket dan rata-rata durasi per agen"));
        auto* set = new QBarSet(tr("Tiket"));
        set->setColor(QColor(0x3b, 0x7d, 0xd8));
        auto* handle = new QLineSeries;
        handle->setName(tr("Rata-rata durasi (menit)"));
        handle->setColor(QColor(0xc0, 0x39, 0x2b));
        handle->setPointsVisible(true);
        QStringList agents;
        qint64 highest = 0;
        qreal longest = 0;
        for (int i = 0; i < d.agents.size(); ++i) {
            const AgentWorkload& agent = d.agents.at(i);
            *set << qreal(agent.tickets);
            const qreal minutes = qreal(agent.averageHandleTimeMs) / 60000.0;
            handle->append(i, minutes);
            highest = std::max(highest, agent.tickets);
            longest = std::max(longest, minutes);
            agents << agent.agentName;
        }
        auto* series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        chart->addSeries(handle);
        auto* axisX = new QBarCategoryAxis;
        axisX->append(agents);
        auto* axisY = countAxis(highest, 1.1);
        axisY->setTitleText(tr("Tiket"));
        auto* axisMinutes = new QValueAxis;
        axisMinutes->setRange(0, std::max<qreal>(longest, 1.0) * 1.2);
        axisMinutes->applyNiceNumbers();
        axisMinutes->setLabelFormat(QStringLiteral("%.0f"));
        axisMinutes->setTitleText(tr("Menit"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisMinutes, Qt::AlignRight);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        handle->attachAxis(axisX);
        handle->attachAxis(axisMinutes);
        drillDownOnClick(set, AgentChart, 0);
        replaceChart(AgentChart, chart);
    }
    // Open KELUHAN by age: how long the units have had them.
    {
        QChart* chart = newChart(tr("KELUHAN terbuka menurut umur"));
        chart->legend()->hide();
        auto* set = new QBarSet(tr("KELUHAN terbuka"));
        set->setColor(QColor(0xe0, 0x8a, 0x1e));
        qint64 highest = 0;
        for (qint64 count : d.current.openKeluhanByAge) {
            *set << qreal(count);
            highest = std::max(highest, count);
        }
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        axisX->append({ tr("0–1 hari"), tr("1–3 hari"), tr("3–7 hari"), tr("≥ 7 hari") });
        auto* axisY = countAxis(highest, 1.15);
        addAxes(chart, series, axisX, Qt::AlignBottom, axisY, Qt::AlignLeft);
        drillDownOnClick(set, AgeChart, 0);
        replaceChart(AgeChart, chart);
    }
}

std::optional<TicketFilter> DashboardView::filterForBar(int chart, int set, int index) const
{
    if (!m_data)
        return std::nullopt;
    switch (chart) {
    case PerDayChart:
        return m_data->drillDown(DashboardChart::PerDay, set, index);
    case SubIssueChart: {
        // Bars are drawn bottom-up: the last bar is the most frequent type.
        const int shown = int(m_data->topSubIssueTypes().size());
        if (index < 0 || index >= shown)
            return std::nullopt;
        return m_data->drillDown(DashboardChart::SubIssueTypes, 0, shown - 1 - index);
    }
    case AgentChart:
        return m_data->drillDown(DashboardChart::Agents, 0, index);
    case AgeChart:
        return m_data->drillDown(DashboardChart::OpenKeluhanByAge, 0, index);
    default:
        return std::nullopt;
    }
}

Status DashboardView::saveAsPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Dasbor supervisor"));
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorKind::InvalidInput,
            tr("PDF tidak bisa disimpan ke %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("dashboard pdf: painter did not start"));
    // The dashboard as seen, with its period above it, scaled to the page.
    const QRect page = painter.viewport();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const int titleHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(page.left(), page.top(), page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Dasbor supervisor — %1").arg(m_periodLabel->text()));
    const QPixmap shot = m_content->grab();
    const QRect target(page.left(), page.top() + titleHeight, page.width(), page.height() - titleHeight);
    const QSize scaled = shot.size().scaled(target.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(target.topLeft(), scaled), shot);
    painter.end();
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::InvalidInput,
            tr("PDF tidak bisa disimpan ke %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("dashboard pdf not written"));
    return {};
}

void DashboardView::chooseAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Simpan dasbor sebagai PDF"),
        QDir::home().filePath(QStringLiteral("dasbor.pdf")), tr("Berkas PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveAsPdf(path); !saved.ok())
        Messages::showError(this, saved.error());
}

void DashboardView::printDashboard()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Cetak dasbor"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QPixmap shot = m_content->grab();
    const QRect page = painter.viewport();
    painter.drawPixmap(QRect(page.topLeft(), shot.size().scaled(page.size(), Qt::KeepAspectRatio)), shot);
}

} // namespace csodesk::ui
