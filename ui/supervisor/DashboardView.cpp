#include "DashboardView.h"

#include "ConsoleServices.h"
#include "MetricCard.h"
#include "TicketDocument.h"
#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "common/TimeUtil.h"
#include "dashboard/DashboardQuery.h"
#include "documents/TicketDisplay.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>
#include <cmath>
#include <utility>

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

// A count axis from 0 with some headroom above the highest bar, ticked at whole numbers only
// (1, 2 or 5 times a power of ten apart): an empty or quiet period shows 0 1 2, not 0 0 1 1.
QValueAxis* countAxis(qint64 highest, qreal headroom)
{
    const qreal top = qreal(std::max<qint64>(highest, 1)) * headroom;
    qint64 step = 1;
    for (qint64 scale = 1; qreal(step) * 5 < top; scale *= 10) {
        for (const qint64 multiple : { 1, 2, 5 }) {
            step = multiple * scale;
            if (qreal(step) * 5 >= top)
                break;
        }
    }
    auto* axis = new QValueAxis;
    axis->setRange(0, qreal(step) * std::ceil(top / qreal(step)));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(qreal(step));
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

// In tenths, written with the decimal mark of the language in force ("46,1 %" / "46.1 %"):
// the default QLocale follows the UI language (TranslationLoader).
QString tenthsText(qint64 tenths)
{
    return QStringLiteral("%1%2%3").arg(QLocale().toString(tenths / 10), QLocale().decimalPoint()).arg(tenths % 10);
}

QString percentText(qint64 permille)
{
    return tenthsText(permille) + QStringLiteral(" %");
}

QString pointsText(qint64 deltaPermille)
{
    const QString sign = deltaPermille > 0 ? QStringLiteral("+") : deltaPermille < 0 ? QStringLiteral("−") : QString();
    return sign + tenthsText(std::abs(deltaPermille));
}

MetricCard::Trend trendOf(qint64 delta, bool higherIsBetter)
{
    if (delta == 0)
        return MetricCard::Trend::Neutral;
    return (delta > 0) == higherIsBetter ? MetricCard::Trend::Better : MetricCard::Trend::Worse;
}

// Every day of a short period is labelled; of a longer one every 7th from the first (a week
// apart: 1, 8, 15, 22 and 29 Dec), so the labels stay whole and readable at 1366 pixels wide.
int dayLabelStep(qsizetype days)
{
    if (days <= 14)
        return 1;
    return 7 * int((days + 69) / 70);
}

} // namespace

DashboardView::DashboardView(Actor actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
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
    top->addStretch(1);
    top->addWidget(m_printButton);
    top->addWidget(m_pdfButton);

    const std::array<QString, kCardCount> cardTitles { tr("Tiket"), tr("Selesai saat kontak pertama"),
        tr("Rata-rata durasi panggilan"), tr("KELUHAN terbuka lewat SLA"), tr("Kontak ulang (7 hari)") };
    const std::array<const char*, kCardCount> cardNames { "dashboardTickets", "dashboardFcr", "dashboardAht",
        "dashboardOverdue", "dashboardRepeats" };
    auto* cards = new QHBoxLayout;
    for (int i = 0; i < kCardCount; ++i) {
        m_cards[i] = new MetricCard(cardTitles[i], m_content);
        m_cards[i]->setObjectName(QString::fromLatin1(cardNames[i]));
        cards->addWidget(m_cards[i]);
    }
    auto* charts = new QGridLayout;
    const std::array<const char*, kChartCount> chartNames { "dashboardPerDay", "dashboardSubIssues", "dashboardAgents",
        "dashboardAge" };
    for (int i = 0; i < kChartCount; ++i) {
        m_charts[i] = new QChartView(m_content);
        m_charts[i]->setObjectName(QString::fromLatin1(chartNames[i]));
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setMinimumHeight(fontMetrics().height() * 12);
        m_charts[i]->viewport()->installEventFilter(this);
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
    // On a line of its own: what the figures cover and what they are compared with is a sentence.
    m_periodLabel->setWordWrap(true);
    m_periodLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_periodLabel);
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
    static constexpr std::array picks { PeriodPick::Today, PeriodPick::ThisWeek, PeriodPick::ThisMonth,
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
    // What the figures cover and what they are compared with, as core words it.
    m_periodLabel->setText(tr("%1 — %2").arg(m_data->periodText(), m_data->comparisonText()));
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
        // A value axis with a label on the bar of every labelled day (bar i stands at i): the
        // labels are as wide as their text, not cut to one bar's width, and a long period has
        // room for its first and last label beside the outer bars.
        auto* axisX = new QCategoryAxis;
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axisX->setGridLineVisible(false);
        axisX->setTruncateLabels(false);
        qint64 highest = 0;
        const QList<DayTickets> perDay = d.perDay();
        const int step = dayLabelStep(perDay.size());
        const qreal margin = step > 1 ? 1.0 : 0.5;
        axisX->setStartValue(-margin);
        axisX->setRange(-margin, qreal(perDay.size()) - 1 + margin);
        m_dayToolTips.clear();
        for (int i = 0; i < perDay.size(); ++i) {
            const DayTickets& day = perDay.at(i);
            *closed << qreal(day.issueClosed);
            *keluhan << qreal(day.keluhan);
            highest = std::max(highest, day.issueClosed + day.keluhan);
            if (i % step == 0)
                axisX->append(dashboard_text::shortDay(day.day), i);
            m_dayToolTips << tr("%1\n%2: %3\n%4: %5")
                                 .arg(dashboard_text::longDay(day.day), TicketDisplay::kind(TicketKind::IssueClosed),
                                     countText(day.issueClosed), TicketDisplay::kind(TicketKind::Keluhan),
                                     countText(day.keluhan));
        }
        auto* series = new QStackedBarSeries;
        series->append(closed);
        series->append(keluhan);
        chart->addSeries(series);
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
        // A name two issue types share ("Restitusi" of PB and of PD) says whose it is.
        QMap<QString, int> sameName;
        for (const KeyCount& type : top)
            ++sameName[m_services.catalogue.subIssueTypeName(type.key)];
        // Long names are elided to the width of about 38 characters; the hover shows them whole.
        auto* axisY = new QBarCategoryAxis;
        const QFontMetrics metrics(axisY->labelsFont());
        const int labelWidth = metrics.averageCharWidth() * 38;
        qint64 highest = 0;
        m_subIssueToolTips.clear();
        for (qsizetype i = top.size() - 1; i >= 0; --i) {
            const KeyCount& type = top.at(i);
            *set << qreal(type.count);
            highest = std::max(highest, type.count);
            const QString name = m_services.catalogue.subIssueTypeName(type.key);
            const ApktIssueType* issueType = m_services.catalogue.issueTypeOfSubIssue(type.key);
            const QString issueName = issueType != nullptr ? issueType->name : QString();
            QString label = sameName.value(name) > 1 && !issueName.isEmpty() ? tr("%1: %2").arg(issueName, name) : name;
            label = metrics.elidedText(label, Qt::ElideRight, labelWidth);
            while (names.contains(label))
                label += QChar(0x200B);
            names << label;
            m_subIssueToolTips << (issueName.isEmpty()
                    ? tr("%1\n%2 tiket").arg(name, countText(type.count))
                    : tr("%1\nJenis: %2\n%3 tiket").arg(name, issueName, countText(type.count)));
        }
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd); // a short bar's count too
        set->setLabelColor(palette().color(QPalette::WindowText));
        chart->addSeries(series);
        axisY->append(names);
        axisY->setTruncateLabels(false); // already elided, to a width that fits
        auto* axisX = countAxis(highest, 1.2);
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
        auto* axisMinutes = countAxis(qint64(std::ceil(longest)), 1.2);
        axisMinutes->setGridLineVisible(false); // the grid is the tickets'
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
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd); // a short bar's count too
        set->setLabelColor(palette().color(QPalette::WindowText));
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

QString DashboardView::barToolTip(int chart, int index) const
{
    const QStringList* tips = chart == PerDayChart ? &m_dayToolTips
        : chart == SubIssueChart                   ? &m_subIssueToolTips
                                                   : nullptr;
    if (!m_data || tips == nullptr || index < 0 || index >= tips->size())
        return {};
    return tips->at(index);
}

QString DashboardView::toolTipAt(int chart, const QPoint& viewportPos) const
{
    if (chart != PerDayChart && chart != SubIssueChart)
        return {};
    QChart* drawn = m_charts[chart]->chart();
    if (drawn == nullptr || drawn->series().isEmpty())
        return {};
    const QPointF scenePos = m_charts[chart]->mapToScene(viewportPos);
    const QPointF chartPos = drawn->mapFromScene(scenePos);
    const QRectF plot = drawn->plotArea();
    const QPointF value = drawn->mapToValue(chartPos, drawn->series().first());
    if (chart == PerDayChart) {
        // The day's column, down to its label under the plot.
        if (chartPos.x() < plot.left() || chartPos.x() > plot.right() || chartPos.y() < plot.top())
            return {};
        return barToolTip(chart, qRound(value.x()));
    }
    // The type's row, from its name left of the plot to the end of its bar.
    if (chartPos.y() < plot.top() || chartPos.y() > plot.bottom() || chartPos.x() > plot.right())
        return {};
    return barToolTip(chart, qRound(value.y()));
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        for (int chart : { PerDayChart, SubIssueChart }) {
            if (watched != m_charts[chart]->viewport())
                continue;
            const auto* help = static_cast<QHelpEvent*>(event);
            const QString text = toolTipAt(chart, help->pos());
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_charts[chart]->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Status DashboardView::saveAsPdf(const QString& path)
{
    // Owner-only, complete or not at all; the save dialog has asked before replacing a file.
    OutputFile::Options output;
    output.replace = true;
    output.protectedPaths = m_services.protectedFiles;
    auto file = OutputFile::create(path, output);
    if (!file.ok())
        return file.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file.value()->temporaryPath());
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
    if (QFileInfo(file.value()->temporaryPath()).size() == 0)
        return makeError(ErrorKind::InvalidInput,
            tr("PDF tidak bisa disimpan ke %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("dashboard pdf not written"));
    return file.value()->commit();
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
