#include "SopTemplate.h"

#include <QRegularExpression>

namespace csodesk {

namespace {

const QRegularExpression& bracePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

const QRegularExpression& tokenPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(field|choice|snippet):)?([a-z][a-z0-9_]*)(\\|upper)?$"));
    return pattern;
}

bool parseToken(const QString& inner, SopTemplateToken* token)
{
    const QRegularExpressionMatch match = tokenPattern().match(inner);
    if (!match.hasMatch())
        return false;
    const QString source = match.captured(1);
    if (source == QLatin1String("field"))
        token->source = SopTemplateToken::Source::Field;
    else if (source == QLatin1String("choice"))
        token->source = SopTemplateToken::Source::Choice;
    else if (source == QLatin1String("snippet"))
        token->source = SopTemplateToken::Source::Snippet;
    else
        token->source = SopTemplateToken::Source::Context;
    token->name = match.captured(2);
    token->upper = match.hasCaptured(3) && !match.captured(3).isEmpty();
    return true;
}

} // namespace

SopTemplateParse parseSopTemplate(const QString& text)
{
    SopTemplateParse parse;
    auto it = bracePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        SopTemplateToken token;
        if (parseToken(match.captured(1), &token))
            parse.tokens.append(token);
        else
            parse.problems.append(QStringLiteral("placeholder \"%1\" tidak berbentuk {nama}, {field:ID}, {choice:NODE} "
                                                 "atau {snippet:ID}")
                                      .arg(match.captured(0)));
    }
    // A lone brace is almost always a typo for a placeholder ("{period" or "period}").
    QString outside = text;
    outside.remove(bracePattern());
    if (outside.contains(QLatin1Char('{')) || outside.contains(QLatin1Char('}')))
        parse.problems.append(QStringLiteral("kurung kurawal tanpa pasangan"));
    return parse;
}

QString renderSopTemplate(const QString& text, const std::function<QString(const SopTemplateToken&)>& resolve)
{
    QString rendered;
    qsizetype last = 0;
    auto it = bracePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        rendered += text.mid(last, match.capturedStart() - last);
        SopTemplateToken token;
        if (parseToken(match.captured(1), &token)) {
            const QString value = resolve(token);
            rendered += token.upper ? value.toUpper() : value;
        } else {
            rendered += match.captured(0);
        }
        last = match.capturedEnd();
    }
    rendered += text.mid(last);
    return rendered;
}

} // namespace csodesk
