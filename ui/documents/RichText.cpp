#include "RichText.h"

namespace csodesk::ui::rich {

namespace {

// A cell of one word a line ("20-12-2026", "Rp22.433", "Pemakaian\n(kWh)") is not broken
// inside a word, at its hyphens or dots.
bool oneWord(const QString& text)
{
    return !text.contains(QLatin1Char(' '));
}

} // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString labelRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(escape(label), valueHtml);
}

QString labelList(const QString& rowsHtml)
{
    return QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rowsHtml);
}

QString table(
    const QStringList& headers, const QList<QStringList>& rows, const QSet<int>& rightAligned, const QList<int>& widths)
{
    const auto align = [&rightAligned](int column) {
        return rightAligned.contains(column) ? QStringLiteral("right") : QStringLiteral("left");
    };
    // QTextDocument draws cell borders only as a grid; a light one keeps long tables readable.
    QString html = QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
        "style='border-collapse:collapse; border-color:#c8d0d8'><thead><tr style='background:#eef2f6'>");
    for (int column = 0; column < headers.size(); ++column)
        html
            += QStringLiteral("<th align='%1'%2%3>%4</th>")
                   .arg(align(column),
                       column < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(column)) : QString(),
                       oneWord(headers.at(column)) ? QStringLiteral(" nowrap") : QString(), escape(headers.at(column)));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const QString& text = row.at(column);
            html += QStringLiteral("<td align='%1'%2>%3</td>")
                        .arg(align(column), oneWord(text) ? QStringLiteral(" nowrap") : QString(), escape(text));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace csodesk::ui::rich
