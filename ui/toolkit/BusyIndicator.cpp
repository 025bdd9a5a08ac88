#include "BusyIndicator.h"

#include "BackgroundRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace csodesk::ui {

namespace {

QProgressBar* indeterminateBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0); // indeterminate: database work has no meaningful percentage
    bar->setTextVisible(false);
    return bar;
}

} // namespace

BusyIndicator::BusyIndicator(BackgroundRunner& runner, QWidget* parent, int showDelayMs)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(indeterminateBar(this))
    , m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    // Wide enough to see movement, sized by the font so it scales with the screen.
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_bar->setMaximumHeight(fontMetrics().height());

    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(showDelayMs);
    connect(m_showTimer, &QTimer::timeout, this, &QWidget::show);
    connect(&runner, &BackgroundRunner::busyChanged, this, &BusyIndicator::onBusyChanged);
    connect(&runner, &BackgroundRunner::descriptionChanged, this, &BusyIndicator::onDescriptionChanged);
    hide();
}

void BusyIndicator::onBusyChanged(bool busy)
{
    if (busy) {
        m_showTimer->start();
    } else {
        m_showTimer->stop();
        hide();
    }
}

void BusyIndicator::onDescriptionChanged(const QString& description)
{
    m_label->setText(description);
}

BusyOverlay::BusyOverlay(QWidget* covered, int showDelayMs)
    : QWidget(covered)
    , m_label(new QLabel(this))
    , m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("busyOverlay"));
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus); // takes the keyboard while active, so keys do not reach the form

    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("busyOverlayBox"));
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Window);
    auto* boxLayout = new QVBoxLayout(box);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    boxLayout->addWidget(m_label);
    boxLayout->addWidget(indeterminateBar(box));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch();

    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(showDelayMs);
    connect(m_showTimer, &QTimer::timeout, this, &BusyOverlay::reveal);
    covered->installEventFilter(this);
    hide();
}

void BusyOverlay::start(const QString& text)
{
    m_label->setText(text);
    m_active = true;
    if (m_showTimer->interval() == 0)
        reveal();
    else
        m_showTimer->start();
}

void BusyOverlay::reveal()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
}

void BusyOverlay::stop()
{
    m_active = false;
    m_showTimer->stop();
    hide();
}

bool BusyOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(170);
    painter.fillRect(rect(), veil);
}

} // namespace csodesk::ui
