#include "CsvImporter.h"

#include "CustomerWriter.h"
#include "Idpel.h"
#include "audit/AuditLog.h"
#include "billing/EnergyQuantity.h"
#include "common/CsvReader.h"
#include "common/LogFormat.h"
#include "common/OutputFile.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <array>

namespace csodesk {

namespace {

constexpr qint64 kProgressEveryRows = 10000;

QString csvField(const QString& text, QChar delimiter)
{
    if (!text.contains(delimiter) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Checks that need the database, with statements prepared once for the whole file. They run
// inside the import's transaction, so rows written earlier in the same file count.
class ReferenceChecks {
public:
    static Result<ReferenceChecks> prepare(const QSqlDatabase& db)
    {
        ReferenceChecks checks;
        const std::array<std::pair<QSqlQuery*, const char*>, 4> statements { {
            { &checks.m_customerType, "SELECT payment_type FROM customers WHERE idpel = ?" },
            { &checks.m_unit, "SELECT level FROM units WHERE code = ?" },
            { &checks.m_meterOwner, "SELECT idpel FROM customers WHERE meter_number = ?" },
            { &checks.m_previousStand,
                "SELECT stand_end_wh FROM bills WHERE idpel = ? AND period <= ? ORDER BY period DESC LIMIT 1" },
        } };
        for (const auto& [query, sql] : statements) {
            auto prepared = prepareQuery(db, QString::fromLatin1(sql));
            if (!prepared.ok())
                return prepared.error();
            *query = std::move(prepared).value();
        }
        return checks;
    }

    Result<QVariant> scalar(QSqlQuery& query, const QVariantList& values)
    {
        if (auto done = bindAndExec(query, values); !done.ok())
            return done.error();
        const QVariant value = query.next() ? query.value(0) : QVariant();
        query.finish();
        return value;
    }

    QSqlQuery m_customerType;
    QSqlQuery m_unit;
    QSqlQuery m_meterOwner;
    QSqlQuery m_previousStand;
};

// The same key twice in one file used to be taken silently, the last row winning. Keys are
// kept as numbers (an IDPEL, a period, a time), exact and small enough for millions of rows.
class DuplicateKeys {
public:
    DuplicateKeys(ImportKind kind, const QHash<QString, int>& columnOf)
        : m_kind(kind)
        , m_columnOf(columnOf)
    {
    }

    void check(const CsvRecord& record, QList<RowProblem>& problems)
    {
        const std::optional<std::pair<qint64, qint64>> key = keyOf(record.fields);
        if (!key)
            return; // a malformed key is the row parser's to report
        const auto earlier = m_seen.constFind(*key);
        if (earlier != m_seen.cend()) {
            problems.append({ m_columnOf.value(keyColumn()) + 1,
                QCoreApplication::translate("Import", "duplikat: %1 yang sama sudah ada di baris %2 berkas ini")
                    .arg(keyColumn())
                    .arg(*earlier) });
            return;
        }
        m_seen.insert(*key, record.line);
    }

private:
    [[nodiscard]] QString keyColumn() const
    {
        return m_kind == ImportKind::Units ? QStringLiteral("code") : QStringLiteral("idpel");
    }

    [[nodiscard]] QString value(const QStringList& fields, const QString& name) const
    {
        return fields.value(m_columnOf.value(name, -1)).trimmed();
    }

    [[nodiscard]] std::optional<std::pair<qint64, qint64>> keyOf(const QStringList& fields) const
    {
        bool ok = false;
        if (m_kind == ImportKind::Units) {
            const qint64 code = value(fields, QStringLiteral("code")).toLongLong(&ok);
            return ok ? std::optional(std::pair<qint64, qint64>(code, 0)) : std::nullopt;
        }
        auto idpel = Idpel::parse(value(fields, QStringLiteral("idpel")));
        if (!idpel.ok())
            return std::nullopt;
        const qint64 number = idpel->digits().toLongLong();
        switch (m_kind) {
        case ImportKind::Customers:
            return std::pair<qint64, qint64>(number, 0);
        case ImportKind::Bills: {
            auto period = BillingPeriod::parse(value(fields, QStringLiteral("period")));
            if (!period.ok())
                return std::nullopt;
            return std::pair<qint64, qint64>(number, period->year() * 100 + period->month());
        }
        case ImportKind::Readings: {
            const auto at = ImportRowParser::parseTime(value(fields, QStringLiteral("reported_at")));
            if (!at)
                return std::nullopt;
            return std::pair<qint64, qint64>(number, at->toMSecsSinceEpoch());
        }
        case ImportKind::Units:
            break;
        }
        return std::nullopt;
    }

    ImportKind m_kind;
    const QHash<QString, int>& m_columnOf;
    QHash<std::pair<qint64, qint64>, qint64> m_seen; // key -> line first seen
};

} // namespace

QString ImportProblem::format(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(reason);
}

Result<ImportReport> CsvImporter::import(
    const Actor& actor, ImportKind kind, const QString& path, const ImportOptions& options, const Progress& progress)
{
    if (!actor.isSupervisorOrAdmin()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Import", "Impor data pelanggan hanya untuk supervisor atau admin."),
            QStringLiteral("import by agent"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Import", "Berkas %1 tidak bisa dibuka: %2").arg(path, file.errorString()),
            QStringLiteral("open import file"));
    }
    const qint64 bytesTotal = file.size();
    CsvReader reader(file);
    ImportReport report;

    // The header: every expected column exactly once, nothing else.
    CsvRecord header;
    if (!reader.next(header))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Import", "Berkas %1 kosong; baris judul kolom tidak ada.").arg(path),
            QStringLiteral("empty import file"));
    const QStringList expected = importColumns(kind);
    QHash<QString, int> columnOf;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!expected.contains(name))
            report.problems.append({ header.line, i + 1,
                QCoreApplication::translate("Import", "kolom '%1' tidak dikenal untuk impor %2")
                    .arg(header.fields.at(i), importKindName(kind)) });
        else if (columnOf.contains(name))
            report.problems.append(
                { header.line, i + 1, QCoreApplication::translate("Import", "kolom '%1' muncul dua kali").arg(name) });
        else
            columnOf.insert(name, i);
    }
    for (const QString& name : expected) {
        if (!columnOf.contains(name))
            report.problems.append({ header.line, 0,
                QCoreApplication::translate("Import", "kolom '%1' tidak ada pada baris judul").arg(name) });
    }
    if (!report.problems.isEmpty())
        return report; // nothing read, nothing written

    // Rejected rows hold names, addresses and phones: owner-only, never over another file.
    std::unique_ptr<OutputFile> rejectedFile;
    QTextStream rejectedOut;
    if (options.skipInvalid) {
        if (options.rejectedPath.isEmpty())
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Import", "Berkas baris yang ditolak belum ditentukan."),
                QStringLiteral("no rejected file"));
        OutputFile::Options output;
        output.replace = options.replaceRejected;
        output.protectedPaths = m_database.localFiles() << path;
        auto created = OutputFile::create(options.rejectedPath, output);
        if (!created.ok())
            return created.error();
        rejectedFile = std::move(created).value();
        rejectedOut.setDevice(&rejectedFile->device());
        rejectedOut.setEncoding(QStringConverter::Utf8);
        QStringList headerOut;
        for (const QString& name : header.fields)
            headerOut.append(csvField(name, reader.delimiter()));
        headerOut.append(QStringLiteral("alasan"));
        rejectedOut << headerOut.join(reader.delimiter()) << "\n";
    }

    const ImportRowParser parser(columnOf, m_clock.nowUtc());
    DuplicateKeys duplicates(kind, columnOf);
    const QString fileName = QFileInfo(path).fileName();
    auto written = m_database.write([&](QSqlDatabase& db) -> Status {
        auto writer = CustomerWriter::prepare(db);
        if (!writer.ok())
            return writer.error();
        auto checks = ReferenceChecks::prepare(db);
        if (!checks.ok())
            return checks.error();

        CsvRecord record;
        while (reader.next(record)) {
            ++report.rows;
            QList<RowProblem> problems;
            if (!record.error.isEmpty())
                problems.append({ record.errorColumn, record.error });
            else if (record.fields.size() != header.fields.size())
                problems.append({ 0,
                    QCoreApplication::translate("Import", "baris berisi %1 kolom; baris judul %2")
                        .arg(record.fields.size())
                        .arg(header.fields.size()) });

            if (problems.isEmpty())
                duplicates.check(record, problems);

            Status wrote;
            if (problems.isEmpty() && kind == ImportKind::Units) {
                if (auto unit = parser.unit(record.fields, problems)) {
                    if (!unit->parentCode.isEmpty()) {
                        auto parentLevel = checks->scalar(checks->m_unit, { unit->parentCode });
                        if (!parentLevel.ok())
                            return parentLevel.error();
                        const QString expectedParent
                            = unit->level == Unit::Level::Ulp ? QStringLiteral("up3") : QStringLiteral("main");
                        if (unit->level == Unit::Level::Main || parentLevel->toString() != expectedParent)
                            problems.append({ static_cast<int>(columnOf.value(QStringLiteral("parent_code"))) + 1,
                                QCoreApplication::translate(
                                    "Import", "unit induk %1 harus %2 yang sudah ada (baris induk ditulis lebih dulu)")
                                    .arg(unit->parentCode, expectedParent) });
                    }
                    if (problems.isEmpty())
                        wrote = writer->upsertUnit(*unit);
                }
            } else if (problems.isEmpty() && kind == ImportKind::Customers) {
                if (auto customer = parser.customer(record.fields, problems)) {
                    auto unit = checks->scalar(checks->m_unit, { customer->ulpCode });
                    if (!unit.ok())
                        return unit.error();
                    if (unit->toString() != QLatin1String("ulp"))
                        problems.append({ static_cast<int>(columnOf.value(QStringLiteral("ulp_code"))) + 1,
                            QCoreApplication::translate("Import", "ULP %1 tidak dikenal").arg(customer->ulpCode) });
                    if (!customer->meterNumber.isEmpty()) {
                        auto owner = checks->scalar(checks->m_meterOwner, { customer->meterNumber });
                        if (!owner.ok())
                            return owner.error();
                        if (!owner->isNull() && owner->toString() != customer->idpel)
                            problems.append({ static_cast<int>(columnOf.value(QStringLiteral("meter_number"))) + 1,
                                QCoreApplication::translate("Import", "nomor meter %1 sudah dipakai IDPEL %2")
                                    .arg(customer->meterNumber, owner->toString()) });
                    }
                    if (problems.isEmpty())
                        wrote = writer->upsertCustomer(*customer);
                }
            } else if (problems.isEmpty() && kind == ImportKind::Bills) {
                if (auto bill = parser.bill(record.fields, problems)) {
                    auto type = checks->scalar(checks->m_customerType, { bill->idpel });
                    if (!type.ok())
                        return type.error();
                    const int idpelColumn = static_cast<int>(columnOf.value(QStringLiteral("idpel"))) + 1;
                    if (type->isNull())
                        problems.append({ idpelColumn,
                            QCoreApplication::translate("Import", "pelanggan IDPEL %1 belum ada; impor pelanggan dulu")
                                .arg(bill->idpel) });
                    else if (type->toString() != QLatin1String("postpaid"))
                        problems.append({ idpelColumn,
                            QCoreApplication::translate(
                                "Import", "pelanggan IDPEL %1 prabayar; rekening hanya untuk pascabayar")
                                .arg(bill->idpel) });
                    if (problems.isEmpty())
                        wrote = writer->upsertBill(*bill);
                }
            } else if (problems.isEmpty()) {
                if (auto reading = parser.reading(record.fields, problems)) {
                    auto type = checks->scalar(checks->m_customerType, { reading->idpel });
                    if (!type.ok())
                        return type.error();
                    if (type->isNull()) {
                        problems.append({ static_cast<int>(columnOf.value(QStringLiteral("idpel"))) + 1,
                            QCoreApplication::translate("Import", "pelanggan IDPEL %1 belum ada; impor pelanggan dulu")
                                .arg(reading->idpel) });
                    } else if (type->toString() != QLatin1String("postpaid")) {
                        problems.append({ static_cast<int>(columnOf.value(QStringLiteral("idpel"))) + 1,
                            QCoreApplication::translate(
                                "Import", "pelanggan IDPEL %1 prabayar; laporan stand hanya untuk pascabayar")
                                .arg(reading->idpel) });
                    } else {
                        // The rule of seed 000: a stand below the last bill's stand akhir is not
                        // accepted. The report is still kept, as rejected, with its reason.
                        const BillingPeriod month = BillingPeriod::containing(wibDate(reading->reportedAt));
                        auto previous = checks->scalar(checks->m_previousStand, { reading->idpel, month.toString() });
                        if (!previous.ok())
                            return previous.error();
                        if (!previous->isNull() && reading->standWh < previous->toLongLong()) {
                            reading->accepted = false;
                            reading->rejectReason
                                = QCoreApplication::translate("Import",
                                    "Stand yang dilaporkan (%1) lebih kecil dari stand akhir rekening "
                                    "sebelumnya (%2); laporan tidak diterima.")
                                      .arg(formatStand(reading->standWh), formatStand(previous->toLongLong()));
                        }
                        wrote = writer->upsertReading(*reading);
                    }
                }
            }
            if (!wrote.ok())
                return wrote.error(); // validated rows should not fail; if one does, stop
            if (problems.isEmpty()) {
                ++report.imported;
            } else {
                ++report.rejected;
                QStringList reasons;
                for (const RowProblem& problem : std::as_const(problems)) {
                    report.problems.append({ record.line, problem.column, problem.reason });
                    reasons.append(problem.column > 0
                            ? QStringLiteral("kolom %1: %2").arg(problem.column).arg(problem.reason)
                            : problem.reason);
                }
                if (options.skipInvalid) {
                    QStringList out;
                    for (const QString& value : std::as_const(record.fields))
                        out.append(csvField(value, reader.delimiter()));
                    out.append(csvField(reasons.join(QStringLiteral("; ")), reader.delimiter()));
                    rejectedOut << out.join(reader.delimiter()) << "\n";
                }
            }
            if (progress && report.rows % kProgressEveryRows == 0)
                progress(report.rows, reader.position(), bytesTotal);
        }
        if (report.rejected > 0 && !options.skipInvalid) {
            // All-or-nothing: roll back whatever was written, keep the report.
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Import", "Impor dibatalkan: %1 baris bermasalah.").arg(report.rejected),
                QStringLiteral("import refused"));
        }
        return AuditLog(m_database, m_clock)
            .record(db, actor.userName, AuditAction::Import, {},
                QStringLiteral("%1: %2 rows from %3").arg(importKindName(kind)).arg(report.imported).arg(fileName));
    });
    if (progress)
        progress(report.rows, bytesTotal, bytesTotal);
    if (!written.ok()) {
        if (written.error().kind == ErrorKind::InvalidInput && report.rejected > 0)
            return report; // refused: the problems say why
        return written.error();
    }
    // No rejected rows, no file (the temporary one goes with rejectedFile).
    if (options.skipInvalid && report.rejected > 0) {
        rejectedOut.flush();
        if (Status saved = rejectedFile->commit(); !saved.ok()) {
            return makeError(ErrorKind::StorageFailure,
                QCoreApplication::translate(
                    "Import", "Data sudah diimpor, tetapi berkas baris yang ditolak %1 gagal ditulis.")
                    .arg(options.rejectedPath),
                QStringLiteral("commit rejected file: %1").arg(saved.error().detail));
        }
    }
    report.committed = true;
    spdlog::info("import {}: {} rows, {} imported, {} rejected", importKindName(kind), report.rows, report.imported,
        report.rejected);
    return report;
}

} // namespace csodesk
