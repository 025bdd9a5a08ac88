#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace csodesk {

struct ApktSubIssueType {
    QString id; // stable, "<issue type id>.<slug>", e.g. "tagihan.mengajukan_berlangganan_invoice"
    QString name; // as APKT shows it, e.g. "Mengajukan berlangganan invoice"
};

struct ApktIssueType {
    QString id; // stable, e.g. "tagihan"
    QString name; // as APKT shows it, e.g. "Tagihan Listrik dan Token"
    QString nameEn; // English gloss for the English UI
    QString description; // what the abbreviation stands for
    QList<ApktSubIssueType> subIssueTypes;
};

// The unit a ticket closed at the contact centre is recorded against ("Unit Contact Center").
struct ApktUnit {
    QString code;
    QString name;
};

// The APKT KELUHAN issue types and sub-issue types, as data (resources/apkt/catalogue.json).
// SOP outcomes and tickets refer to them by id; screens and exports show the names. Ids are a
// contract with stored tickets: a shipped id is never renamed, only new ones are added.
class ApktCatalogue {
public:
    // The catalogue compiled into the program (:/apkt/catalogue.json).
    [[nodiscard]] static Result<ApktCatalogue> builtIn();
    [[nodiscard]] static Result<ApktCatalogue> fromJson(const QByteArray& json, const QString& sourceName);

    [[nodiscard]] const QList<ApktIssueType>& issueTypes() const { return m_issueTypes; }
    [[nodiscard]] const ApktUnit& contactCenterUnit() const { return m_contactCenterUnit; }

    // nullptr when the id is unknown.
    [[nodiscard]] const ApktIssueType* findIssueType(const QString& id) const;
    [[nodiscard]] const ApktSubIssueType* findSubIssueType(const QString& id) const;
    // The issue type a sub-issue type belongs to (nullptr when unknown).
    [[nodiscard]] const ApktIssueType* issueTypeOfSubIssue(const QString& subIssueTypeId) const;

    // Display names; the id itself when unknown, so an old ticket still shows something.
    [[nodiscard]] QString issueTypeName(const QString& id) const;
    [[nodiscard]] QString subIssueTypeName(const QString& id) const;

private:
    QList<ApktIssueType> m_issueTypes;
    ApktUnit m_contactCenterUnit;
};

} // namespace csodesk
