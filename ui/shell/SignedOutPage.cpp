#include "SignedOutPage.h"

#include "toolkit/Fonts.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csodesk::ui {

SignedOutPage::SignedOutPage(QWidget* parent)
    : QWidget(parent)
    , m_loginButton(new QPushButton(tr("&Masuk…"), this))
{
    setObjectName(QStringLiteral("signedOutPage"));

    auto* icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 6;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(QStringLiteral("csodesk"), this);
    QFont titleFont = headingFont(title->font());
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* subtitle = new QLabel(tr("Ruang kerja Layanan Pelanggan PLN 123"), this);
    subtitle->setFont(headingFont(subtitle->font()));
    subtitle->setAlignment(Qt::AlignCenter);

    auto* state = new QLabel(tr("Anda belum masuk. Masuk untuk mulai melayani pelanggan."), this);
    state->setAlignment(Qt::AlignCenter);
    state->setWordWrap(true);

    m_loginButton->setObjectName(QStringLiteral("signedOutLoginButton"));
    m_loginButton->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    connect(m_loginButton, &QPushButton::clicked, this, &SignedOutPage::loginRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addWidget(state);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addWidget(m_loginButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace csodesk::ui
