#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace csodesk {

// One placeholder in an SOP text: {name}, {field:ID}, {choice:NODE} or {snippet:ID}, each
// optionally followed by |upper (work-order texts in APKT are written in capitals).
struct SopTemplateToken {
    enum class Source { Context, Field, Choice, Snippet };
    Source source = Source::Context;
    QString name;
    bool upper = false;
};

struct SopTemplateParse {
    QList<SopTemplateToken> tokens;
    QStringList problems; // malformed placeholders, in Indonesian
};

[[nodiscard]] SopTemplateParse parseSopTemplate(const QString& text);

// Replaces each well-formed placeholder with resolve(token) (upper-cased when asked); a
// malformed one is left as written (the loader refuses documents that contain one).
[[nodiscard]] QString renderSopTemplate(
    const QString& text, const std::function<QString(const SopTemplateToken&)>& resolve);

} // namespace csodesk
