#include "SopProblem.h"

#include <QCoreApplication>
#include <QStringList>

namespace csodesk {

QString SopProblem::toString() const
{
    if (node.isEmpty())
        return QStringLiteral("%1: %2").arg(file, reason);
    return QCoreApplication::translate("SopProblem", "%1: node \"%2\": %3").arg(file, node, reason);
}

Error sopProblemsError(const QList<SopProblem>& problems)
{
    QStringList lines;
    for (const SopProblem& problem : problems)
        lines.append(problem.toString());
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("SopProblem", "Dokumen SOP ditolak:\n%1").arg(lines.join(QLatin1Char('\n'))),
        QStringLiteral("sop document refused (%1 problem(s))").arg(problems.size()));
}

} // namespace csodesk
