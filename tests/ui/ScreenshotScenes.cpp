#include "ScreenshotScenes.h"

#include "UiTestSupport.h"
#include "preferences/SettingsDialog.h"
#include "preferences/WindowMemory.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutHelpDialog.h"
#include "toolkit/Messages.h"
#include "toolkit/Translations.h"

#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

namespace csodesk::test {

// A dialog as the window manager would show it: centred over the window, with a shadow and
// a title bar carrying its title.
QPixmap composeOver(const QPixmap& background, QWidget& dialog)
{
    // Dialogs that chose their own size (the shortcut help) keep it; others get their hint.
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()));
    const QPixmap content = dialog.grab();
    const int titleHeight = dialog.fontMetrics().height() * 2;
    const QSize outer(content.width(), content.height() + titleHeight);
    const QPoint topLeft((background.width() - outer.width()) / 2, (background.height() - outer.height()) / 2);

    QPixmap canvas = background;
    QPainter painter(&canvas);
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 60)); // the window behind is inactive
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 8; i > 0; --i) { // soft shadow
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 10));
        painter.drawRoundedRect(QRect(topLeft, outer).adjusted(-i, -i + 4, i, i + 4), 8, 8);
    }
    const QRect titleRect(topLeft, QSize(outer.width(), titleHeight));
    painter.fillRect(titleRect, QColor(0x2b, 0x3a, 0x4a));
    painter.setPen(Qt::white);
    QFont titleFont = dialog.font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(titleRect.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft, dialog.windowTitle());
    painter.drawPixmap(topLeft + QPoint(0, titleHeight), content);
    painter.setPen(QColor(0x2b, 0x3a, 0x4a));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(topLeft, outer).adjusted(0, 0, -1, -1));
    return canvas;
}

namespace {

QString save(const QPixmap& pixmap, const QString& directory, const QString& name)
{
    const QString path = QDir(directory).filePath(name);
    if (!pixmap.save(path))
        return {};
    return path;
}

void settle(QWidget& widget)
{
    widget.show();
    QCoreApplication::processEvents(); // layouts settle after the first show
    QCoreApplication::processEvents();
}

} // namespace

QStringList renderScreenshots(const QString& directory)
{
    QDir().mkpath(directory);
    QStringList written;
    const QString database = QStringLiteral("postgresql://cso@db-123.pln.local:5432/csodesk");

    for (const QString& language : { QStringLiteral("id"), QStringLiteral("en") }) {
        ui::Translations translations;
        translations.apply(language);
        const QString suffix = language == QLatin1String("id") ? QString() : QStringLiteral("-en");

        TempSettings temp;
        ui::WindowMemory(temp.settings()).setLastUserName(QStringLiteral("budi.santoso"));
        ui::BackgroundRunner runner;
        ui::MainWindow window(temp.settings(), database, runner);
        window.resize(screenshotSize);
        settle(window);
        const QPixmap frame = window.grab();
        written << save(frame, directory, QStringLiteral("01-signed-out%1.png").arg(suffix));

        FakeAuthenticator authenticator;
        {
            ui::LoginDialog login(authenticator, runner, temp.settings(), database, &window);
            settle(login);
            login.findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(QStringLiteral("rahasia"));
            written << save(composeOver(frame, login), directory, QStringLiteral("02-login%1.png").arg(suffix));
        }
        if (language != QLatin1String("id"))
            continue; // one English example shows the translation; the rest are Indonesian

        {
            authenticator.answer(makeError(ErrorKind::PermissionDenied,
                QStringLiteral("Akun budi.santoso dikunci setelah 5 kali salah kata sandi. "
                               "Hubungi supervisor untuk membukanya.")));
            ui::LoginDialog login(authenticator, runner, temp.settings(), database, &window);
            settle(login);
            login.findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(QStringLiteral("salah"));
            QMetaObject::invokeMethod(login.findChild<QPushButton*>(QStringLiteral("loginButton")), "click");
            finishBackgroundWork(runner);
            written << save(composeOver(frame, login), directory, QStringLiteral("03-login-refused.png"));
        }
        {
            temp.settings().setSiteCode(QStringLiteral("5"));
            temp.settings().setDatabaseUrl(database);
            ui::SettingsDialog settingsDialog(temp.settings(), &window);
            settle(settingsDialog);
            written << save(composeOver(frame, settingsDialog), directory, QStringLiteral("04-settings.png"));
        }
        {
            ui::ShortcutHelpDialog help(&window);
            settle(help);
            written << save(composeOver(frame, help), directory, QStringLiteral("05-shortcuts.png"));
        }
        {
            const auto box = ui::Messages::build(&window,
                ui::Messages::errorRequest(makeError(ErrorKind::Unavailable,
                    QStringLiteral(
                        "Basis data tidak dapat dihubungi. Periksa jaringan atau server, lalu coba lagi."))));
            settle(*box);
            written << save(composeOver(frame, *box), directory, QStringLiteral("06-database-unreachable.png"));
        }
    }
    written << renderAgentScreenshots(directory);
    return written;
}

} // namespace csodesk::test
