#include "SopJson.h"

#include "sop/SopLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace csodesk {

namespace {

constexpr int kFormat = 1;

const QRegularExpression& nodeIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern;
}

// Collects problems for one file; `node` is set while reading a node.
class Reader {
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {
    }

    void problem(const QString& reason) { m_problems.append({ m_file, m_node, reason }); }
    void setNode(const QString& node) { m_node = node; }
    [[nodiscard]] const QList<SopProblem>& problems() const { return m_problems; }

    void checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& where)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                problem(QStringLiteral("%1: kunci \"%2\" tidak dikenal (salah ketik?)").arg(where, it.key()));
        }
    }

    QString requiredString(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problem(QStringLiteral("%1: \"%2\" wajib diisi (teks)").arg(where, key));
            return {};
        }
        return limited(value.toString(), key, where);
    }

    QString optionalString(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            problem(QStringLiteral("%1: \"%2\" harus berupa teks").arg(where, key));
            return {};
        }
        return limited(value.toString(), key, where);
    }

    // A text over the limit is a problem (and is not kept: later checks work on little).
    QString limited(const QString& text, const QString& key, const QString& where)
    {
        if (text.size() <= sop_limits::kMaxTextChars)
            return text;
        problem(QStringLiteral("%1: \"%2\" terlalu panjang (%3 karakter, paling banyak %4)")
                    .arg(where, key)
                    .arg(text.size())
                    .arg(sop_limits::kMaxTextChars));
        return {};
    }

    SopCondition condition(const QJsonObject& object, const QString& where)
    {
        QStringList problems;
        SopCondition condition = readSopCondition(object.value(QStringLiteral("when")), where, &problems);
        for (const QString& reason : std::as_const(problems))
            problem(reason);
        return condition;
    }

    QStringList branches(const QJsonObject& object, const QString& where)
    {
        const QJsonValue value = object.value(QStringLiteral("branches"));
        if (value.isUndefined())
            return {};
        QStringList list;
        if (!value.isArray()) {
            problem(QStringLiteral("%1: \"branches\" harus berupa daftar teks").arg(where));
            return {};
        }
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                problem(QStringLiteral("%1: \"branches\" harus berupa daftar teks").arg(where));
            else
                list.append(item.toString());
        }
        return list;
    }

    QDate date(const QJsonObject& object, const QString& key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(QStringLiteral("\"%1\" wajib diisi (tanggal YYYY-MM-DD)").arg(key));
            return {};
        }
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !parsed.isValid())
            problem(QStringLiteral("\"%1\" harus tanggal YYYY-MM-DD").arg(key));
        return parsed;
    }

private:
    QString m_file;
    QString m_node;
    QList<SopProblem> m_problems;
};

bool parseKind(const QString& text, SopNodeKind* kind)
{
    static const QList<SopNodeKind> kinds { SopNodeKind::Say, SopNodeKind::Ask, SopNodeKind::Collect,
        SopNodeKind::Outcome };
    for (SopNodeKind candidate : kinds) {
        if (sopNodeKindCode(candidate) == text) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

bool parseFieldType(const QString& text, SopFieldType* type)
{
    static const QList<SopFieldType> types { SopFieldType::Email, SopFieldType::Phone, SopFieldType::MeterStand,
        SopFieldType::Text };
    for (SopFieldType candidate : types) {
        if (sopFieldTypeCode(candidate) == text) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

SopField readField(Reader& reader, const QJsonObject& object, int index)
{
    const QString where = QStringLiteral("isian #%1").arg(index + 1);
    reader.checkKeys(object,
        { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("label_en"), QStringLiteral("type"),
            QStringLiteral("required"), QStringLiteral("max_length") },
        where);
    SopField field;
    field.id = reader.requiredString(object, QStringLiteral("id"), where);
    if (!field.id.isEmpty() && !nodeIdPattern().match(field.id).hasMatch())
        reader.problem(QStringLiteral("%1: id \"%2\" hanya boleh huruf kecil, angka dan _").arg(where, field.id));
    field.label = reader.requiredString(object, QStringLiteral("label"), where);
    field.labelEn = reader.requiredString(object, QStringLiteral("label_en"), where);
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (!type.isString() || !parseFieldType(type.toString(), &field.type))
        reader.problem(
            QStringLiteral("%1 (\"%2\"): jenis isian \"%3\" tidak dikenal; gunakan email, phone, meter_stand atau text")
                .arg(where, field.id, type.toVariant().toString()));
    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        reader.problem(QStringLiteral("%1 (\"%2\"): \"required\" harus true atau false").arg(where, field.id));
    field.required = required.toBool(true);
    const QJsonValue maxLength = object.value(QStringLiteral("max_length"));
    if (!maxLength.isUndefined()) {
        if (field.type != SopFieldType::Text)
            reader.problem(QStringLiteral("%1 (\"%2\"): \"max_length\" hanya untuk isian text").arg(where, field.id));
        else if (!maxLength.isDouble() || maxLength.toInt() < 1 || maxLength.toInt() > 4000)
            reader.problem(QStringLiteral("%1 (\"%2\"): \"max_length\" harus bilangan 1–4000").arg(where, field.id));
        else
            field.maxLength = maxLength.toInt();
    }
    return field;
}

SopChoice readChoice(Reader& reader, const QJsonObject& object, int index)
{
    const QString where = QStringLiteral("pilihan #%1").arg(index + 1);
    reader.checkKeys(object,
        { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("label_en"), QStringLiteral("summary"),
            QStringLiteral("next"), QStringLiteral("branches"), QStringLiteral("when") },
        where);
    SopChoice choice;
    choice.id = reader.requiredString(object, QStringLiteral("id"), where);
    if (!choice.id.isEmpty() && !nodeIdPattern().match(choice.id).hasMatch())
        reader.problem(QStringLiteral("%1: id \"%2\" hanya boleh huruf kecil, angka dan _").arg(where, choice.id));
    choice.label = reader.requiredString(object, QStringLiteral("label"), where);
    choice.labelEn = reader.requiredString(object, QStringLiteral("label_en"), where);
    choice.summary = reader.optionalString(object, QStringLiteral("summary"), where);
    choice.next = reader.requiredString(object, QStringLiteral("next"), where);
    choice.branches = reader.branches(object, where);
    choice.when = reader.condition(object, QStringLiteral("%1 (%2)").arg(where, choice.id));
    return choice;
}

SopOutcome readOutcome(Reader& reader, const QJsonObject& object)
{
    const QString where = QStringLiteral("ticket");
    reader.checkKeys(object,
        { QStringLiteral("kind"), QStringLiteral("issue_type"), QStringLiteral("sub_issue_type"),
            QStringLiteral("routing"), QStringLiteral("sla_hours"), QStringLiteral("description") },
        where);
    SopOutcome outcome;
    auto kind = ticketKindFromCode(object.value(QStringLiteral("kind")).toString());
    if (kind.ok())
        outcome.kind = kind.value();
    else
        reader.problem(QStringLiteral("ticket.kind harus ISSUE_CLOSED atau KELUHAN"));
    auto routing = ticketRoutingFromCode(object.value(QStringLiteral("routing")).toString());
    if (routing.ok())
        outcome.routing = routing.value();
    else
        reader.problem(QStringLiteral("ticket.routing harus contact_center atau customer_unit"));
    outcome.issueTypeId = reader.requiredString(object, QStringLiteral("issue_type"), where);
    outcome.subIssueTypeId = reader.requiredString(object, QStringLiteral("sub_issue_type"), where);
    const QJsonValue sla = object.value(QStringLiteral("sla_hours"));
    if (!sla.isUndefined() && (!sla.isDouble() || sla.toInt() < 0))
        reader.problem(QStringLiteral("ticket.sla_hours harus bilangan jam (0 atau lebih)"));
    outcome.slaHours = sla.toInt(0);
    outcome.descriptionTemplate = reader.requiredString(object, QStringLiteral("description"), where);
    return outcome;
}

SopSuggestRule readSuggest(Reader& reader, const QJsonObject& object)
{
    const QString where = QStringLiteral("suggest");
    reader.checkKeys(object,
        { QStringLiteral("measured_field"), QStringLiteral("billed"), QStringLiteral("tolerance"),
            QStringLiteral("billed_above_measured"), QStringLiteral("billed_far_below_measured"),
            QStringLiteral("otherwise") },
        where);
    SopSuggestRule rule;
    rule.measuredField = reader.requiredString(object, QStringLiteral("measured_field"), where);
    rule.billed = reader.requiredString(object, QStringLiteral("billed"), where);
    rule.tolerance = reader.optionalString(object, QStringLiteral("tolerance"), where);
    rule.billedAbove = reader.requiredString(object, QStringLiteral("billed_above_measured"), where);
    rule.billedFarBelow = reader.requiredString(object, QStringLiteral("billed_far_below_measured"), where);
    rule.otherwise = reader.requiredString(object, QStringLiteral("otherwise"), where);
    return rule;
}

SopNode readNode(Reader& reader, const QJsonObject& object)
{
    SopNode node;
    node.id = object.value(QStringLiteral("id")).toString();
    reader.setNode(node.id);
    if (!nodeIdPattern().match(node.id).hasMatch())
        reader.problem(QStringLiteral("id node wajib diisi dan hanya boleh huruf kecil, angka dan _ (diawali huruf)"));
    const QString kindText = object.value(QStringLiteral("kind")).toString();
    if (!parseKind(kindText, &node.kind)) {
        reader.problem(
            QStringLiteral("jenis node \"%1\" tidak dikenal; gunakan say, ask, collect atau outcome").arg(kindText));
        return node;
    }

    QStringList allowed { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
        QStringLiteral("text_en"), QStringLiteral("branches") };
    switch (node.kind) {
    case SopNodeKind::Say:
        allowed << QStringLiteral("next") << QStringLiteral("when");
        break;
    case SopNodeKind::Ask:
        allowed << QStringLiteral("choices") << QStringLiteral("suggest");
        break;
    case SopNodeKind::Collect:
        allowed << QStringLiteral("fields") << QStringLiteral("next");
        break;
    case SopNodeKind::Outcome:
        allowed << QStringLiteral("ticket");
        break;
    }
    reader.checkKeys(object, allowed, QStringLiteral("node %1").arg(kindText));
    node.branches = reader.branches(object, QStringLiteral("node"));
    node.when = reader.condition(object, QStringLiteral("node"));

    if (node.kind == SopNodeKind::Outcome) {
        // The closing script is optional; when present it needs its English gloss too.
        node.text = reader.optionalString(object, QStringLiteral("text"), QStringLiteral("node"));
        node.textEn = reader.optionalString(object, QStringLiteral("text_en"), QStringLiteral("node"));
        if (node.text.isEmpty() != node.textEn.isEmpty())
            reader.problem(QStringLiteral("\"text\" dan \"text_en\" harus diisi keduanya atau tidak sama sekali"));
        if (!object.value(QStringLiteral("ticket")).isObject())
            reader.problem(QStringLiteral("node outcome wajib punya \"ticket\""));
        else
            node.outcome = readOutcome(reader, object.value(QStringLiteral("ticket")).toObject());
        return node;
    }

    node.text = reader.requiredString(object, QStringLiteral("text"), QStringLiteral("node"));
    node.textEn = reader.requiredString(object, QStringLiteral("text_en"), QStringLiteral("node"));
    if (node.kind == SopNodeKind::Ask) {
        const QJsonArray choices = object.value(QStringLiteral("choices")).toArray();
        if (choices.size() > sop_limits::kMaxChoices) {
            reader.problem(QStringLiteral("terlalu banyak pilihan (%1, paling banyak %2)")
                               .arg(choices.size())
                               .arg(sop_limits::kMaxChoices));
            return node;
        }
        for (int i = 0; i < choices.size(); ++i)
            node.choices.append(readChoice(reader, choices.at(i).toObject(), i));
        // An ask without choices is a dead end: that path would never reach an outcome.
        if (node.choices.isEmpty())
            reader.problem(QStringLiteral("jalur tanpa hasil: node ask tidak punya pilihan"));
        const QJsonValue suggest = object.value(QStringLiteral("suggest"));
        if (suggest.isObject())
            node.suggest = readSuggest(reader, suggest.toObject());
        else if (!suggest.isUndefined())
            reader.problem(QStringLiteral("\"suggest\" harus berupa objek"));
        QSet<QString> seen;
        for (const SopChoice& choice : std::as_const(node.choices)) {
            if (seen.contains(choice.id))
                reader.problem(QStringLiteral("id pilihan \"%1\" muncul dua kali").arg(choice.id));
            seen.insert(choice.id);
        }
        return node;
    }
    if (node.kind == SopNodeKind::Collect) {
        const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        if (fields.size() > sop_limits::kMaxFields) {
            reader.problem(QStringLiteral("terlalu banyak isian (%1, paling banyak %2)")
                               .arg(fields.size())
                               .arg(sop_limits::kMaxFields));
            return node;
        }
        for (int i = 0; i < fields.size(); ++i)
            node.fields.append(readField(reader, fields.at(i).toObject(), i));
        if (node.fields.isEmpty())
            reader.problem(QStringLiteral("node collect wajib punya \"fields\""));
        QSet<QString> seen;
        for (const SopField& field : std::as_const(node.fields)) {
            if (seen.contains(field.id))
                reader.problem(QStringLiteral("id isian \"%1\" muncul dua kali").arg(field.id));
            seen.insert(field.id);
        }
    }
    const QJsonValue next = object.value(QStringLiteral("next"));
    if (!next.isString() || next.toString().isEmpty())
        reader.problem(QStringLiteral("jalur tanpa hasil: node %1 tidak punya \"next\"").arg(kindText));
    node.next = next.toString();
    return node;
}

} // namespace

QList<SopProblem> readSopJson(const QByteArray& json, const QString& sourceName, SopDocument* document)
{
    Reader reader(sourceName);
    if (json.size() > sop_limits::kMaxFileBytes) {
        reader.problem(QStringLiteral("berkas SOP terlalu besar (%1 KiB, paling besar %2 KiB)")
                           .arg(json.size() / 1024)
                           .arg(sop_limits::kMaxFileBytes / 1024));
        return reader.problems();
    }
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.problem(QStringLiteral("bukan JSON yang benar: %1 (posisi %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
        return reader.problems();
    }
    if (!parsed.isObject()) {
        reader.problem(QStringLiteral("dokumen SOP harus berupa objek JSON"));
        return reader.problems();
    }
    const QJsonObject root = parsed.object();
    reader.checkKeys(root,
        { QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
            QStringLiteral("title_en"), QStringLiteral("effective_from"), QStringLiteral("effective_to"),
            QStringLiteral("source"), QStringLiteral("start"), QStringLiteral("snippets"), QStringLiteral("nodes") },
        QStringLiteral("dokumen"));
    if (root.value(QStringLiteral("format")).toInt() != kFormat)
        reader.problem(QStringLiteral("\"format\" harus %1").arg(kFormat));

    SopDocument& doc = *document;
    doc.id = reader.requiredString(root, QStringLiteral("id"), QStringLiteral("dokumen"));
    static const QRegularExpression sopIdPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!doc.id.isEmpty() && !sopIdPattern.match(doc.id).hasMatch())
        reader.problem(QStringLiteral("id SOP \"%1\" hanya boleh huruf kecil, angka, - dan _").arg(doc.id));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt())
        reader.problem(QStringLiteral("\"version\" harus bilangan bulat 1 atau lebih"));
    doc.version = version.toInt();
    doc.title = reader.requiredString(root, QStringLiteral("title"), QStringLiteral("dokumen"));
    doc.titleEn = reader.requiredString(root, QStringLiteral("title_en"), QStringLiteral("dokumen"));
    doc.source = reader.requiredString(root, QStringLiteral("source"), QStringLiteral("dokumen"));
    doc.effectiveFrom = reader.date(root, QStringLiteral("effective_from"), true);
    doc.effectiveTo = reader.date(root, QStringLiteral("effective_to"), false);
    if (doc.effectiveFrom.isValid() && doc.effectiveTo.isValid() && doc.effectiveTo < doc.effectiveFrom)
        reader.problem(QStringLiteral("\"effective_to\" lebih awal dari \"effective_from\""));
    doc.start = reader.requiredString(root, QStringLiteral("start"), QStringLiteral("dokumen"));

    const QJsonObject snippets = root.value(QStringLiteral("snippets")).toObject();
    if (snippets.size() > sop_limits::kMaxSnippets)
        reader.problem(QStringLiteral("terlalu banyak snippet (%1, paling banyak %2)")
                           .arg(snippets.size())
                           .arg(sop_limits::kMaxSnippets));
    for (auto it = snippets.constBegin(); it != snippets.constEnd(); ++it) {
        const QString where = QStringLiteral("snippet \"%1\"").arg(it.key());
        const QJsonObject snippet = it.value().toObject();
        reader.checkKeys(snippet, { QStringLiteral("text"), QStringLiteral("text_en") }, where);
        doc.snippets.insert(it.key(),
            { reader.requiredString(snippet, QStringLiteral("text"), where),
                reader.requiredString(snippet, QStringLiteral("text_en"), where) });
    }

    const QJsonValue nodes = root.value(QStringLiteral("nodes"));
    if (!nodes.isArray() || nodes.toArray().isEmpty())
        reader.problem(QStringLiteral("\"nodes\" wajib berupa daftar node yang tidak kosong"));
    if (nodes.toArray().size() > sop_limits::kMaxNodes) {
        reader.problem(QStringLiteral("terlalu banyak node (%1, paling banyak %2)")
                           .arg(nodes.toArray().size())
                           .arg(sop_limits::kMaxNodes));
        return reader.problems();
    }
    for (const QJsonValue value : nodes.toArray()) {
        doc.nodes.append(readNode(reader, value.toObject()));
        reader.setNode({});
    }
    return reader.problems();
}

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject nodeToJson(const SopNode& node)
{
    QJsonObject object { { QStringLiteral("id"), node.id }, { QStringLiteral("kind"), sopNodeKindCode(node.kind) } };
    if (!node.text.isEmpty()) {
        object.insert(QStringLiteral("text"), node.text);
        object.insert(QStringLiteral("text_en"), node.textEn);
    }
    if (!node.branches.isEmpty())
        object.insert(QStringLiteral("branches"), toArray(node.branches));
    if (!node.when.isEmpty())
        object.insert(QStringLiteral("when"), sopConditionToJson(node.when));
    switch (node.kind) {
    case SopNodeKind::Say:
        object.insert(QStringLiteral("next"), node.next);
        break;
    case SopNodeKind::Ask: {
        QJsonArray choices;
        for (const SopChoice& choice : node.choices) {
            QJsonObject item { { QStringLiteral("id"), choice.id }, { QStringLiteral("label"), choice.label },
                { QStringLiteral("label_en"), choice.labelEn }, { QStringLiteral("next"), choice.next } };
            if (!choice.summary.isEmpty())
                item.insert(QStringLiteral("summary"), choice.summary);
            if (!choice.branches.isEmpty())
                item.insert(QStringLiteral("branches"), toArray(choice.branches));
            if (!choice.when.isEmpty())
                item.insert(QStringLiteral("when"), sopConditionToJson(choice.when));
            choices.append(item);
        }
        object.insert(QStringLiteral("choices"), choices);
        if (node.suggest) {
            QJsonObject suggest { { QStringLiteral("measured_field"), node.suggest->measuredField },
                { QStringLiteral("billed"), node.suggest->billed },
                { QStringLiteral("billed_above_measured"), node.suggest->billedAbove },
                { QStringLiteral("billed_far_below_measured"), node.suggest->billedFarBelow },
                { QStringLiteral("otherwise"), node.suggest->otherwise } };
            if (!node.suggest->tolerance.isEmpty())
                suggest.insert(QStringLiteral("tolerance"), node.suggest->tolerance);
            object.insert(QStringLiteral("suggest"), suggest);
        }
        break;
    }
    case SopNodeKind::Collect: {
        QJsonArray fields;
        for (const SopField& field : node.fields) {
            QJsonObject item { { QStringLiteral("id"), field.id }, { QStringLiteral("label"), field.label },
                { QStringLiteral("label_en"), field.labelEn }, { QStringLiteral("type"), sopFieldTypeCode(field.type) },
                { QStringLiteral("required"), field.required } };
            if (field.type == SopFieldType::Text)
                item.insert(QStringLiteral("max_length"), field.maxLength);
            fields.append(item);
        }
        object.insert(QStringLiteral("fields"), fields);
        object.insert(QStringLiteral("next"), node.next);
        break;
    }
    case SopNodeKind::Outcome:
        object.insert(QStringLiteral("ticket"),
            QJsonObject { { QStringLiteral("kind"), ticketKindCode(node.outcome.kind) },
                { QStringLiteral("issue_type"), node.outcome.issueTypeId },
                { QStringLiteral("sub_issue_type"), node.outcome.subIssueTypeId },
                { QStringLiteral("routing"), ticketRoutingCode(node.outcome.routing) },
                { QStringLiteral("sla_hours"), node.outcome.slaHours },
                { QStringLiteral("description"), node.outcome.descriptionTemplate } });
        break;
    }
    return object;
}

} // namespace

QJsonObject sopHeaderToJson(const SopDocument& document)
{
    return QJsonObject {
        { QStringLiteral("id"), document.id },
        { QStringLiteral("version"), document.version },
        { QStringLiteral("title"), document.title },
        { QStringLiteral("title_en"), document.titleEn },
        { QStringLiteral("effective_from"), document.effectiveFrom.toString(Qt::ISODate) },
        { QStringLiteral("effective_to"),
            document.effectiveTo.isValid() ? QJsonValue(document.effectiveTo.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("source"), document.source },
    };
}

QJsonObject sopDocumentToJson(const SopDocument& document)
{
    QJsonObject snippets;
    for (auto it = document.snippets.cbegin(); it != document.snippets.cend(); ++it)
        snippets.insert(
            it.key(), QJsonObject { { QStringLiteral("text"), it->text }, { QStringLiteral("text_en"), it->textEn } });
    QJsonArray nodes;
    for (const SopNode& node : document.nodes)
        nodes.append(nodeToJson(node));
    QJsonObject object = sopHeaderToJson(document);
    object.insert(QStringLiteral("format"), kFormat);
    object.insert(QStringLiteral("start"), document.start);
    object.insert(QStringLiteral("snippets"), snippets);
    object.insert(QStringLiteral("nodes"), nodes);
    return object;
}

} // namespace csodesk
