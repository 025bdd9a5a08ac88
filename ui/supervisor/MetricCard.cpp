#include "MetricCard.h"

#include "toolkit/Fonts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace csodesk::ui {

MetricCard::MetricCard(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "csodesk--ui--MetricCard { background: palette(base); border: 1px solid #c9d3dd; border-radius: 6px; }"));
    m_title->setFont(smallFont(font()));
    m_title->setStyleSheet(QStringLiteral("color: #4a5a6a;"));
    m_title->setWordWrap(true);
    QFont valueFont = headingFont(font());
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.4);
    m_value->setFont(valueFont);
    m_change->setFont(smallFont(font()));
    m_value->setObjectName(QStringLiteral("metricValue"));
    m_change->setObjectName(QStringLiteral("metricChange"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

void MetricCard::setValue(const QString& value, const QString& change, Trend trend)
{
    m_value->setText(value);
    m_change->setText(change);
    const char* colour = trend == Trend::Better ? "#1d7a38" : trend == Trend::Worse ? "#b01c1c" : "#4a5a6a";
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
}

QString MetricCard::valueText() const
{
    return m_value->text();
}

QString MetricCard::changeText() const
{
    return m_change->text();
}

} // namespace csodesk::ui
