#include "SopOutline.h"

#include "sop/SopPaths.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace csodesk {

namespace {

QString indented(const QString& text, const QString& indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    return lines.join(QLatin1Char('\n') + indent);
}

QString branchTags(const QStringList& branches)
{
    return branches.isEmpty() ? QString() : QStringLiteral("  {cabang %1}").arg(branches.join(QStringLiteral(", ")));
}

} // namespace

QString sopOutline(const SopDocument& document, const ApktCatalogue& catalogue)
{
    QString out;
    out += QStringLiteral("%1 v%2 — %3\n").arg(document.id).arg(document.version).arg(document.title);
    out += QStringLiteral("Berlaku: %1 s.d. %2\n")
               .arg(document.effectiveFrom.toString(Qt::ISODate),
                   document.effectiveTo.isValid() ? document.effectiveTo.toString(Qt::ISODate)
                                                  : QStringLiteral("(tanpa batas)"));
    out += QStringLiteral("Sumber: %1\n").arg(document.source);
    out += QStringLiteral("Jumlah node: %1, jumlah jalur: %2\n\n")
               .arg(document.nodes.size())
               .arg(countSopPaths(document));

    QSet<QString> printed;
    std::function<void(const QString&, int)> print = [&](const QString& nodeId, int depth) {
        const QString indent(qsizetype(depth) * 2, QLatin1Char(' '));
        const SopNode* node = document.findNode(nodeId);
        if (!node)
            return;
        if (printed.contains(nodeId)) {
            out += indent + QStringLiteral("→ lanjut ke [%1] (lihat di atas)\n").arg(nodeId);
            return;
        }
        printed.insert(nodeId);
        const QString head = QStringLiteral("[%1] %2").arg(node->id, sopNodeKindCode(node->kind).toUpper());
        if (!node->text.isEmpty())
            out += indent + head + QStringLiteral(": ") + indented(node->text, indent + QStringLiteral("    "));
        else
            out += indent + head;
        out += branchTags(node->branches) + QLatin1Char('\n');
        if (!node->when.isEmpty())
            out += indent + QStringLiteral("  (dibacakan hanya bila: %1)\n").arg(describeSopCondition(node->when));
        switch (node->kind) {
        case SopNodeKind::Say:
            print(node->next, depth);
            break;
        case SopNodeKind::Collect:
            for (const SopField& field : node->fields) {
                out += indent
                    + QStringLiteral("  • %1 (%2, %3): %4\n")
                          .arg(field.id, sopFieldTypeCode(field.type),
                              field.required ? QStringLiteral("wajib") : QStringLiteral("opsional"), field.label);
            }
            print(node->next, depth);
            break;
        case SopNodeKind::Ask:
            if (node->suggest) {
                const SopSuggestRule& rule = *node->suggest;
                out += indent
                    + QStringLiteral(
                        "  Saran otomatis: {%1} di atas {field:%2} → %3; {field:%2} lebih dari {%4} di atas {%1} → %5; "
                        "selain itu → %6\n")
                          .arg(rule.billed, rule.measuredField, rule.billedAbove,
                              rule.tolerance.isEmpty() ? QStringLiteral("0") : rule.tolerance, rule.billedFarBelow,
                              rule.otherwise);
            }
            for (int i = 0; i < node->choices.size(); ++i) {
                const SopChoice& choice = node->choices.at(i);
                out += indent
                    + QStringLiteral("  %1) %2: %3%4\n")
                          .arg(i + 1)
                          .arg(choice.id, choice.label, branchTags(choice.branches));
                if (!choice.when.isEmpty())
                    out += indent
                        + QStringLiteral("     (ditawarkan hanya bila: %1)\n").arg(describeSopCondition(choice.when));
                print(choice.next, depth + 2);
            }
            break;
        case SopNodeKind::Outcome: {
            const SopOutcome& outcome = node->outcome;
            out += indent
                + QStringLiteral("  Tiket: %1 — %2 / %3 (%4)")
                      .arg(ticketKindCode(outcome.kind), catalogue.issueTypeName(outcome.issueTypeId),
                          catalogue.subIssueTypeName(outcome.subIssueTypeId), outcome.subIssueTypeId);
            out += outcome.routing == TicketRouting::CustomerUnit
                ? QStringLiteral(", diteruskan ke ULP pelanggan, SLA %1 jam\n").arg(outcome.slaHours)
                : QStringLiteral(", selesai di contact center\n");
            out += indent + QStringLiteral("  Uraian: ") + outcome.descriptionTemplate + QLatin1Char('\n');
            break;
        }
        }
    };
    print(document.start, 0);
    return out;
}

} // namespace csodesk
