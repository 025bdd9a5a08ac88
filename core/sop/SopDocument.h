#pragma once

#include "sop/SopCondition.h"
#include "sop/SopSuggestion.h"
#include "tickets/TicketDraft.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace csodesk {

// What the agent does at a node: read a script (Say), ask and pick a choice (Ask), type
// values (Collect), or reach the ticket the walk produces (Outcome).
enum class SopNodeKind { Say, Ask, Collect, Outcome };

[[nodiscard]] QString sopNodeKindCode(SopNodeKind kind); // "say" / "ask" / "collect" / "outcome"

enum class SopFieldType { Email, Phone, MeterStand, Text };

[[nodiscard]] QString sopFieldTypeCode(SopFieldType type); // "email" / "phone" / "meter_stand" / "text"

struct SopChoice {
    QString id;
    QString label; // Indonesian, may hold placeholders
    QString labelEn; // English gloss
    QString summary; // what {choice:NODE} renders in a description; the label when empty
    QString next;
    QStringList branches; // which branches of the source SOP this choice belongs to (coverage)
    SopCondition when; // offered only when it holds for the customer (else shown with the reason)
};

struct SopField {
    QString id;
    QString label;
    QString labelEn;
    SopFieldType type = SopFieldType::Text;
    bool required = true;
    int maxLength = 500; // text fields only
};

struct SopOutcome {
    TicketKind kind = TicketKind::IssueClosed;
    QString issueTypeId;
    QString subIssueTypeId;
    TicketRouting routing = TicketRouting::ContactCenter;
    int slaHours = 0;
    QString descriptionTemplate;
};

struct SopNode {
    QString id;
    SopNodeKind kind = SopNodeKind::Say;
    QString text; // say: the script; ask: the question; collect: the instruction; outcome: closing script
    QString textEn; // English gloss of text
    QString next; // say and collect
    QList<SopChoice> choices; // ask
    std::optional<SopSuggestRule> suggest; // ask: a choice the numbers already point to
    QList<SopField> fields; // collect
    SopOutcome outcome; // outcome
    QStringList branches;
    SopCondition when; // say only: read out when it holds, passed over otherwise

    // The nodes this one can lead to, in choice order.
    [[nodiscard]] QStringList successors() const;
    [[nodiscard]] const SopChoice* findChoice(const QString& choiceId) const;
};

// A reusable block of script, inserted into texts with {snippet:ID}.
struct SopSnippet {
    QString text;
    QString textEn;
};

// One version of one SOP, as loaded from JSON and validated (see SopLoader).
struct SopDocument {
    QString id;
    int version = 0;
    QString title;
    QString titleEn;
    QDate effectiveFrom;
    QDate effectiveTo; // invalid = open-ended
    QString source; // which published SOP this encodes
    QString start; // id of the first node
    QMap<QString, SopSnippet> snippets;
    QList<SopNode> nodes;
    QString origin; // where it was loaded from: "built-in" or a file path

    [[nodiscard]] const SopNode* findNode(const QString& nodeId) const;
    [[nodiscard]] bool isEffectiveOn(const QDate& date) const;
};

} // namespace csodesk
