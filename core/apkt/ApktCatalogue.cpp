#include "ApktCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace csodesk {

namespace {

Error badCatalogue(const QString& sourceName, const QString& why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("ApktCatalogue", "Katalog APKT %1 tidak valid: %2").arg(sourceName, why),
        QStringLiteral("bad apkt catalogue %1").arg(sourceName));
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+$"));
    return pattern.match(id).hasMatch();
}

} // namespace

Result<ApktCatalogue> ApktCatalogue::builtIn()
{
    QFile file(QStringLiteral(":/apkt/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("ApktCatalogue", "Katalog APKT bawaan tidak ditemukan."),
            QStringLiteral("resource :/apkt/catalogue.json missing"));
    return fromJson(file.readAll(), QStringLiteral("catalogue.json"));
}

Result<ApktCatalogue> ApktCatalogue::fromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badCatalogue(sourceName, QStringLiteral("bukan JSON yang benar (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    ApktCatalogue catalogue;
    const QJsonObject unit = root.value(QStringLiteral("contact_center_unit")).toObject();
    catalogue.m_contactCenterUnit
        = { unit.value(QStringLiteral("code")).toString(), unit.value(QStringLiteral("name")).toString() };
    if (catalogue.m_contactCenterUnit.code.isEmpty() || catalogue.m_contactCenterUnit.name.isEmpty())
        return badCatalogue(sourceName, QStringLiteral("contact_center_unit harus punya code dan name"));

    QSet<QString> seen;
    const QJsonArray types = root.value(QStringLiteral("issue_types")).toArray();
    if (types.isEmpty())
        return badCatalogue(sourceName, QStringLiteral("issue_types kosong"));
    for (const QJsonValue& typeValue : types) {
        const QJsonObject typeObject = typeValue.toObject();
        ApktIssueType type;
        type.id = typeObject.value(QStringLiteral("id")).toString();
        type.name = typeObject.value(QStringLiteral("name")).toString();
        type.nameEn = typeObject.value(QStringLiteral("name_en")).toString();
        type.description = typeObject.value(QStringLiteral("description")).toString();
        if (!isValidId(type.id) || type.name.isEmpty())
            return badCatalogue(
                sourceName, QStringLiteral("jenis \"%1\" harus punya id (a-z, 0-9, _) dan name").arg(type.id));
        if (seen.contains(type.id))
            return badCatalogue(sourceName, QStringLiteral("id \"%1\" muncul dua kali").arg(type.id));
        seen.insert(type.id);
        const QJsonArray subs = typeObject.value(QStringLiteral("sub_issue_types")).toArray();
        if (subs.isEmpty())
            return badCatalogue(sourceName, QStringLiteral("jenis \"%1\" tidak punya sub-jenis").arg(type.id));
        for (const QJsonValue& subValue : subs) {
            const QJsonObject subObject = subValue.toObject();
            ApktSubIssueType sub { subObject.value(QStringLiteral("id")).toString(),
                subObject.value(QStringLiteral("name")).toString() };
            const QString prefix = type.id + QLatin1Char('.');
            if (!sub.id.startsWith(prefix) || !isValidId(sub.id.mid(prefix.size())) || sub.name.isEmpty())
                return badCatalogue(sourceName,
                    QStringLiteral("sub-jenis \"%1\" harus ber-id \"%2<slug>\" dan punya name").arg(sub.id, prefix));
            if (seen.contains(sub.id))
                return badCatalogue(sourceName, QStringLiteral("id \"%1\" muncul dua kali").arg(sub.id));
            seen.insert(sub.id);
            type.subIssueTypes.append(sub);
        }
        catalogue.m_issueTypes.append(type);
    }
    return catalogue;
}

const ApktIssueType* ApktCatalogue::findIssueType(const QString& id) const
{
    for (const ApktIssueType& type : m_issueTypes) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

const ApktSubIssueType* ApktCatalogue::findSubIssueType(const QString& id) const
{
    const ApktIssueType* type = issueTypeOfSubIssue(id);
    if (!type)
        return nullptr;
    for (const ApktSubIssueType& sub : type->subIssueTypes) {
        if (sub.id == id)
            return &sub;
    }
    return nullptr;
}

const ApktIssueType* ApktCatalogue::issueTypeOfSubIssue(const QString& subIssueTypeId) const
{
    for (const ApktIssueType& type : m_issueTypes) {
        for (const ApktSubIssueType& sub : type.subIssueTypes) {
            if (sub.id == subIssueTypeId)
                return &type;
        }
    }
    return nullptr;
}

QString ApktCatalogue::issueTypeName(const QString& id) const
{
    const ApktIssueType* type = findIssueType(id);
    return type ? type->name : id;
}

QString ApktCatalogue::subIssueTypeName(const QString& id) const
{
    const ApktSubIssueType* sub = findSubIssueType(id);
    return sub ? sub->name : id;
}

} // namespace csodesk
