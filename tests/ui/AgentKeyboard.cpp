#include "AgentKeyboard.h"

#include "AgentTestApp.h"
#include "agent/AgentWorkspace.h"
#include "agent/SopPanel.h"
#include "sop/SopSuggestion.h"

namespace csodesk::test {

SopPath pathWithChoices(const SopDocument& document, const QStringList& choices)
{
    for (const SopPath& path : enumerateSopPaths(document)) {
        QStringList taken;
        for (const SopPathStep& step : path.steps) {
            if (!step.choiceId.isEmpty())
                taken << step.choiceId;
        }
        if (taken == choices)
            return path;
    }
    throw std::runtime_error("no SOP path makes the choices " + choices.join(QLatin1Char(',')).toStdString());
}

SopPath pathUntil(const SopPath& path, const QString& nodeId)
{
    SopPath partial;
    for (const SopPathStep& step : path.steps) {
        if (step.nodeId == nodeId)
            break;
        partial.steps.append(step);
    }
    return partial;
}

int sopNumber(AgentTestApp& app, const QString& sopId)
{
    const auto documents = app.sops->effectiveOn(wibDate(app.clock.nowUtc()));
    for (int i = 0; i < documents.size(); ++i) {
        if (documents.at(i)->id == sopId)
            return i + 1;
    }
    throw std::runtime_error("SOP not in force: " + sopId.toStdString());
}

QString typedFieldValue(const SopField& field, const SopContext& context)
{
    switch (field.type) {
    case SopFieldType::Email:
        return QStringLiteral("budi.santoso@example.com");
    case SopFieldType::Phone:
        return QStringLiteral("0812-3456-7890");
    case SopFieldType::MeterStand:
        if (const auto lastRead = parseHundredths(context.value(QStringLiteral("last_read_stand"))))
            return QStringLiteral("%1,5").arg(*lastRead / 100 + 12);
        return QStringLiteral("1520,5");
    case SopFieldType::Text:
        return QStringLiteral("Invoice bulan ini tidak masuk ke email");
    }
    return {};
}

void walkPathWithKeyboard(
    AgentTestApp& app, const SopDocument& document, int sopNumber, const SopPath& path, const QString& idpel)
{
    ui::AgentWorkspace* workspace = app.workspace();
    ensure(workspace != nullptr, "workspace != nullptr");
    ensure(focused() == workspace->findChild<QWidget*>(QStringLiteral("agentSearch")),
        "focused() == workspace->findChild<QWidget*>(QStringLiteral(\"agentSearch\"))");
    app.type(idpel);
    app.press(Qt::Key_Return);
    ensure(focused() == workspace->findChild<QWidget*>(QStringLiteral("agentSopFilter")),
        "focused() == workspace->findChild<QWidget*>(QStringLiteral(\"agentSopFilter\"))");
    app.press(Qt::Key(Qt::Key_0 + sopNumber));
    const ui::SopPanel* panel = workspace->sopPanel();
    ensure(panel->session() != nullptr, "panel->session() != nullptr");
    ensure(panel->session()->sop().id == document.id, "panel->session()->sop().id == document.id");

    for (const SopPathStep& step : path.steps) {
        // A say whose condition does not hold for this customer is passed over by the session.
        const SopNode* planned = document.findNode(step.nodeId);
        if (planned && planned->kind == SopNodeKind::Say && panel->session()->currentNode().id != step.nodeId
            && !planned->when.holds(panel->session()->context().facts))
            continue;
        ensure(panel->session()->currentNode().id == step.nodeId,
            QStringLiteral("expected SOP node %1, the panel is at %2")
                .arg(step.nodeId, panel->session()->currentNode().id));
        const SopNode& node = panel->session()->currentNode();
        switch (node.kind) {
        case SopNodeKind::Say:
            app.press(Qt::Key_Return);
            break;
        case SopNodeKind::Ask: {
            int number = 0;
            for (int i = 0; i < node.choices.size(); ++i) {
                if (node.choices.at(i).id == step.choiceId)
                    number = i + 1;
            }
            ensure(number > 0, "number > 0");
            app.press(Qt::Key(Qt::Key_0 + number));
            break;
        }
        case SopNodeKind::Collect:
            for (int i = 0; i < node.fields.size(); ++i) {
                if (i > 0)
                    app.press(Qt::Key_Tab);
                app.type(typedFieldValue(node.fields.at(i), panel->session()->context()));
            }
            app.press(Qt::Key_Return);
            break;
        case SopNodeKind::Outcome:
            ensure(focused() == workspace->findChild<QWidget*>(QStringLiteral("agentNote")),
                "focused() == workspace->findChild<QWidget*>(QStringLiteral(\"agentNote\"))");
            return;
        }
    }
}

} // namespace csodesk::test
