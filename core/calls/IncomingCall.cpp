#include "IncomingCall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace csodesk {

namespace {

const QString kCallOption = QStringLiteral("--incoming-call");
const QString kIdOption = QStringLiteral("--call-id");
const QString kScheme = QStringLiteral("csodesk");
// The serialisation's version: a later csodesk that sends more can be told apart.
constexpr int kLineVersion = 1;
// A line longer than this is not one of ours (a phone of 20 and an id of 64 fit many times).
constexpr int kMaxLineLength = 1024;

Error invalid(const QString& message, const QString& detail)
{
    return makeError(ErrorKind::InvalidInput, message, detail);
}

bool isUrlArgument(const QString& argument)
{
    return argument.startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

// The value of `--name VALUE` or `--name=VALUE` at `index`, moving `index` past it.
// Empty optional: the argument is not this option.
std::optional<Result<QString>> optionValue(const QStringList& arguments, qsizetype& index, const QString& name)
{
    const QString& argument = arguments.at(index);
    if (argument.startsWith(name + QLatin1Char('=')))
        return Result<QString>(argument.mid(name.size() + 1));
    if (argument != name)
        return std::nullopt;
    if (index + 1 >= arguments.size()) {
        return Result<QString>(
            invalid(QCoreApplication::translate("IncomingCall", "Opsi %1 memerlukan nilai.").arg(name),
                name + QStringLiteral(" without a value")));
    }
    ++index;
    return Result<QString>(arguments.at(index));
}

bool isPhoneCharacter(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') || c == QLatin1Char(' ')
        || c == QLatin1Char('-');
}

bool isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

} // namespace

bool isIncomingCallRequest(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == kCallOption || argument.startsWith(kCallOption + QLatin1Char('=')) || argument == kIdOption
            || argument.startsWith(kIdOption + QLatin1Char('=')) || isUrlArgument(argument))
            return true;
    }
    return false;
}

Result<IncomingCall> parseIncomingCallArguments(const QStringList& arguments)
{
    std::optional<QString> phone;
    std::optional<QString> callId;
    std::optional<QString> url;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (auto value = optionValue(arguments, i, kCallOption)) {
            if (!value->ok())
                return value->error();
            if (phone)
                return invalid(
                    QCoreApplication::translate("IncomingCall", "Opsi --incoming-call hanya boleh diberikan sekali."),
                    QStringLiteral("--incoming-call twice"));
            phone = value->value();
        } else if (auto id = optionValue(arguments, i, kIdOption)) {
            if (!id->ok())
                return id->error();
            if (callId)
                return invalid(
                    QCoreApplication::translate("IncomingCall", "Opsi --call-id hanya boleh diberikan sekali."),
                    QStringLiteral("--call-id twice"));
            callId = id->value();
        } else if (isUrlArgument(arguments.at(i))) {
            if (url)
                return invalid(QCoreApplication::translate(
                                   "IncomingCall", "Hanya satu tautan csodesk: yang bisa dibuka sekaligus."),
                    QStringLiteral("two csodesk: URLs"));
            url = arguments.at(i);
        }
    }
    if (url) {
        if (phone || callId) {
            return invalid(QCoreApplication::translate(
                               "IncomingCall", "Berikan tautan csodesk: atau opsi --incoming-call, jangan keduanya."),
                QStringLiteral("csodesk: URL together with --incoming-call/--call-id"));
        }
        return parseIncomingCallUrl(*url);
    }
    if (!phone) {
        return invalid(
            QCoreApplication::translate("IncomingCall", "Opsi --call-id hanya berlaku bersama --incoming-call NOMOR."),
            QStringLiteral("no --incoming-call and no csodesk: URL"));
    }
    return validateIncomingCall(*phone, callId.value_or(QString()));
}

Result<IncomingCall> parseIncomingCallUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0) {
        return invalid(QCoreApplication::translate(
                           "IncomingCall", "Tautan panggilan tidak valid; bentuknya csodesk://call?ani=NOMOR&id=ID."),
            QStringLiteral("not a valid csodesk: URL: ") + url.errorString());
    }
    // `csodesk://call?...` has the target as its host, `csodesk:call?...` as its path.
    const bool withHost
        = url.host() == QLatin1String("call") && (url.path().isEmpty() || url.path() == QLatin1String("/"));
    const bool withPath = !url.hasFragment() && url.authority().isEmpty() && url.path() == QLatin1String("call");
    if ((!withHost && !withPath) || !url.userInfo().isEmpty() || url.port() != -1) {
        return invalid(QCoreApplication::translate("IncomingCall",
                           "Tautan csodesk: ini tidak dikenal; yang didukung hanya csodesk://call?ani=NOMOR&id=ID."),
            QStringLiteral("unsupported csodesk: target (host '%1', path '%2')").arg(url.host(), url.path()));
    }
    const QUrlQuery query(url);
    const QStringList phones = query.allQueryItemValues(QStringLiteral("ani"), QUrl::FullyDecoded);
    const QStringList ids = query.allQueryItemValues(QStringLiteral("id"), QUrl::FullyDecoded);
    if (phones.isEmpty()) {
        return invalid(
            QCoreApplication::translate("IncomingCall", "Tautan panggilan tidak berisi nomor penelepon (ani=NOMOR)."),
            QStringLiteral("URL without ani"));
    }
    if (phones.size() > 1 || ids.size() > 1) {
        return invalid(QCoreApplication::translate("IncomingCall",
                           "Tautan panggilan berisi lebih dari satu nomor penelepon atau ID panggilan."),
            QStringLiteral("URL repeats ani or id"));
    }
    return validateIncomingCall(phones.front(), ids.isEmpty() ? QString() : ids.front());
}

Result<IncomingCall> validateIncomingCall(const QString& phone, const QString& callId)
{
    const QString number = phone.trimmed();
    if (number.isEmpty())
        return invalid(
            QCoreApplication::translate("IncomingCall", "Nomor penelepon kosong."), QStringLiteral("empty phone"));
    if (number.size() > kIncomingPhoneMaxLength) {
        return invalid(
            QCoreApplication::translate("IncomingCall", "Nomor penelepon terlalu panjang (paling banyak %1 karakter).")
                .arg(kIncomingPhoneMaxLength),
            QStringLiteral("phone of %1 characters").arg(number.size()));
    }
    bool hasDigit = false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        // The detail names the position, not the number: the log holds no caller's number.
        if (!isPhoneCharacter(c)) {
            return invalid(QCoreApplication::translate(
                               "IncomingCall", "Nomor penelepon hanya boleh berisi angka, +, spasi dan -."),
                QStringLiteral("phone has a disallowed character at %1").arg(i));
        }
        if (c == QLatin1Char('+') && i != 0) {
            return invalid(QCoreApplication::translate("IncomingCall", "Tanda + hanya boleh di awal nomor penelepon."),
                QStringLiteral("phone has '+' at %1").arg(i));
        }
        hasDigit = hasDigit || c.isDigit();
    }
    if (!hasDigit)
        return invalid(QCoreApplication::translate("IncomingCall", "Nomor penelepon tidak berisi angka."),
            QStringLiteral("phone without digits"));

    const QString id = callId.trimmed();
    if (id.size() > kIncomingCallIdMaxLength) {
        return invalid(
            QCoreApplication::translate("IncomingCall", "ID panggilan terlalu panjang (paling banyak %1 karakter).")
                .arg(kIncomingCallIdMaxLength),
            QStringLiteral("call id of %1 characters").arg(id.size()));
    }
    for (const QChar c : id) {
        if (isControl(c)) {
            return invalid(QCoreApplication::translate("IncomingCall", "ID panggilan berisi karakter kendali."),
                QStringLiteral("call id has a control character"));
        }
    }
    return IncomingCall { number, id };
}

QByteArray serializeIncomingCall(const IncomingCall& call)
{
    const QJsonObject object { { QStringLiteral("v"), kLineVersion }, { QStringLiteral("phone"), call.phone },
        { QStringLiteral("callId"), call.callId } };
    // Compact JSON escapes every control character, so the line holds exactly one '\n'.
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<IncomingCall> parseIncomingCallLine(const QByteArray& line)
{
    const QByteArray body = line.endsWith('\n') ? line.chopped(1) : line;
    const QString malformed = QCoreApplication::translate("IncomingCall", "Pesan panggilan masuk tidak bisa dibaca.");
    if (body.size() > kMaxLineLength)
        return invalid(malformed, QStringLiteral("incoming-call line of %1 bytes").arg(body.size()));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(
            malformed, QStringLiteral("incoming-call line is not a JSON object: ") + parseError.errorString());
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt(-1) != kLineVersion)
        return invalid(malformed, QStringLiteral("incoming-call line of an unknown version"));
    const QJsonValue phone = object.value(QStringLiteral("phone"));
    const QJsonValue callId = object.value(QStringLiteral("callId"));
    if (!phone.isString() || !(callId.isString() || callId.isUndefined()))
        return invalid(malformed, QStringLiteral("incoming-call line without a string phone/callId"));
    return validateIncomingCall(phone.toString(), callId.toString());
}

} // namespace csodesk
