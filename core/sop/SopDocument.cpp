#include "SopDocument.h"

namespace csodesk {

QString sopNodeKindCode(SopNodeKind kind)
{
    switch (kind) {
    case SopNodeKind::Say:
        return QStringLiteral("say");
    case SopNodeKind::Ask:
        return QStringLiteral("ask");
    case SopNodeKind::Collect:
        return QStringLiteral("collect");
    case SopNodeKind::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

QString sopFieldTypeCode(SopFieldType type)
{
    switch (type) {
    case SopFieldType::Email:
        return QStringLiteral("email");
    case SopFieldType::Phone:
        return QStringLiteral("phone");
    case SopFieldType::MeterStand:
        return QStringLiteral("meter_stand");
    case SopFieldType::Text:
        return QStringLiteral("text");
    }
    return {};
}

QStringList SopNode::successors() const
{
    if (kind == SopNodeKind::Ask) {
        QStringList targets;
        for (const SopChoice& choice : choices)
            targets.append(choice.next);
        return targets;
    }
    if (kind == SopNodeKind::Outcome || next.isEmpty())
        return {};
    return { next };
}

const SopChoice* SopNode::findChoice(const QString& choiceId) const
{
    for (const SopChoice& choice : choices) {
        if (choice.id == choiceId)
            return &choice;
    }
    return nullptr;
}

const SopNode* SopDocument::findNode(const QString& nodeId) const
{
    for (const SopNode& node : nodes) {
        if (node.id == nodeId)
            return &node;
    }
    return nullptr;
}

bool SopDocument::isEffectiveOn(const QDate& date) const
{
    if (effectiveFrom.isValid() && date < effectiveFrom)
        return false;
    return !effectiveTo.isValid() || date <= effectiveTo;
}

} // namespace csodesk
