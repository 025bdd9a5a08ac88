#include "Messages.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace csodesk::ui {

namespace {

Messages::Responder& responder()
{
    // Only tests set it, from the GUI thread; message boxes are GUI-thread only anyway.
    static Messages::Responder instance;
    return instance;
}

// lupdate reads the context from each call, so it is spelled out rather than wrapped.
constexpr const char* context = "csodesk::ui::Messages";

QString titleFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return QCoreApplication::translate("csodesk::ui::Messages", "Data belum benar");
    case ErrorKind::NotFound:
        return QCoreApplication::translate("csodesk::ui::Messages", "Tidak ditemukan");
    case ErrorKind::Conflict:
        return QCoreApplication::translate("csodesk::ui::Messages", "Tidak bisa dilanjutkan");
    case ErrorKind::PermissionDenied:
        return QCoreApplication::translate("csodesk::ui::Messages", "Akses ditolak");
    case ErrorKind::Unavailable:
        return QCoreApplication::translate("csodesk::ui::Messages", "Basis data tidak terjangkau");
    case ErrorKind::StorageFailure:
        return QCoreApplication::translate("csodesk::ui::Messages", "Basis data bermasalah");
    case ErrorKind::SchemaTooNew:
        return QCoreApplication::translate("csodesk::ui::Messages", "Versi csodesk terlalu lama");
    case ErrorKind::Internal:
        return QCoreApplication::translate("csodesk::ui::Messages", "Kesalahan program");
    }
    return QCoreApplication::translate("csodesk::ui::Messages", "Kesalahan program");
}

QString hintFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return QCoreApplication::translate("csodesk::ui::Messages", "Periksa isian lalu coba lagi.");
    case ErrorKind::NotFound:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Periksa kembali nomor atau kata kunci yang dipakai.");
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Muat ulang data lalu periksa keadaannya sebelum mencoba lagi.");
    case ErrorKind::PermissionDenied:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Hubungi supervisor atau admin bila Anda memerlukan akses ini.");
    case ErrorKind::Unavailable:
        return QCoreApplication::translate("csodesk::ui::Messages",
            "Periksa jaringan atau tunggu sebentar, lalu pilih Coba lagi. Data yang sedang dikerjakan tidak hilang.");
    case ErrorKind::StorageFailure:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Laporkan ke admin; sertakan waktu kejadian. Rincian teknis ada di log.");
    case ErrorKind::SchemaTooNew:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Basis data ini sudah dipakai csodesk versi lebih baru. Pasang versi terbaru.");
    case ErrorKind::Internal:
        return QCoreApplication::translate(
            "csodesk::ui::Messages", "Laporkan ke admin; sertakan waktu kejadian. Rincian teknis ada di log.");
    }
    return {};
}

void labelButtons(QMessageBox& box)
{
    // Qt's labels come from qtbase's catalogue, which has no Indonesian translation: name
    // the buttons ourselves so an Indonesian screen has no English words on it.
    const struct {
        QMessageBox::StandardButton button;
        const char* text;
    } labels[] = {
        { QMessageBox::Ok, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "OK") },
        { QMessageBox::Cancel, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "Batal") },
        { QMessageBox::Yes, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Ya") },
        { QMessageBox::No, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Tidak") },
        { QMessageBox::Retry, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Coba lagi") },
        { QMessageBox::Close, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Tutup") },
        { QMessageBox::Save, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Simpan") },
        { QMessageBox::Discard, QT_TRANSLATE_NOOP("csodesk::ui::Messages", "&Buang") },
    };
    for (const auto& label : labels) {
        if (QAbstractButton* button = box.button(label.button))
            button->setText(QCoreApplication::translate(context, label.text));
    }
}

} // namespace

QMessageBox::Icon Messages::toneFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return QMessageBox::Information; // an answer, not a failure
    case ErrorKind::InvalidInput:
    case ErrorKind::Conflict:
    case ErrorKind::PermissionDenied:
    case ErrorKind::Unavailable:
        return QMessageBox::Warning; // the person can do something about it
    case ErrorKind::StorageFailure:
    case ErrorKind::SchemaTooNew:
    case ErrorKind::Internal:
        return QMessageBox::Critical; // needs an admin
    }
    return QMessageBox::Critical;
}

MessageRequest Messages::errorRequest(const Error& error)
{
    MessageRequest request;
    request.tone = toneFor(error.kind);
    request.title = titleFor(error.kind);
    request.text = error.message.isEmpty() ? titleFor(error.kind) : error.message;
    request.informativeText = hintFor(error.kind);
    if (error.isRetryable()) {
        request.buttons = QMessageBox::Retry | QMessageBox::Cancel;
        request.defaultButton = QMessageBox::Retry;
    }
    return request;
}

bool Messages::showError(QWidget* parent, const Error& error)
{
    return ask(parent, errorRequest(error)) == QMessageBox::Retry;
}

void Messages::inform(QWidget* parent, const QString& title, const QString& text)
{
    MessageRequest request;
    request.title = title;
    request.text = text;
    ask(parent, request);
}

bool Messages::confirm(QWidget* parent, const QString& title, const QString& text, bool destructive)
{
    MessageRequest request;
    request.tone = QMessageBox::Question;
    request.title = title;
    request.text = text;
    request.buttons = QMessageBox::Yes | QMessageBox::No;
    request.defaultButton = destructive ? QMessageBox::No : QMessageBox::Yes;
    return ask(parent, request) == QMessageBox::Yes;
}

std::unique_ptr<QMessageBox> Messages::build(QWidget* parent, const MessageRequest& request)
{
    auto box = std::make_unique<QMessageBox>(request.tone, request.title, request.text, request.buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setInformativeText(request.informativeText);
    box->setDefaultButton(request.defaultButton);
    box->setTextFormat(Qt::PlainText); // messages may quote user input: never interpret it as HTML
    labelButtons(*box);
    return box;
}

QMessageBox::StandardButton Messages::ask(QWidget* parent, const MessageRequest& request)
{
    if (responder())
        return responder()(request);
    auto box = build(parent, request);
    const int answer = box->exec();
    const auto button = QMessageBox::StandardButton(answer);
    return button == QMessageBox::NoButton ? QMessageBox::Cancel : button;
}

void Messages::setResponder(Responder newResponder)
{
    responder() = std::move(newResponder);
}

ScopedMessageAnswers::ScopedMessageAnswers(QList<QMessageBox::StandardButton> answers)
    : m_state(std::make_shared<State>())
{
    m_state->answers = std::move(answers);
    Messages::setResponder([state = m_state](const MessageRequest& request) {
        state->asked.append(request);
        if (!state->answers.isEmpty())
            return state->answers.takeFirst();
        if (request.buttons == QMessageBox::Ok)
            return QMessageBox::Ok;
        return QMessageBox::Cancel;
    });
}

ScopedMessageAnswers::~ScopedMessageAnswers()
{
    Messages::setResponder({});
}

} // namespace csodesk::ui
