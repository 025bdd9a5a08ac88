// SOP documents are edited by people: whatever the JSON, the loader returns a complete, valid
// document or a list of problems — never a crash, never a document with problems.
#include "apkt/ApktCatalogue.h"
#include "sop/SopLoader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

std::optional<csodesk::ApktCatalogue> catalogue;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    auto builtIn = csodesk::ApktCatalogue::builtIn();
    if (!builtIn.ok())
        __builtin_trap();
    catalogue = builtIn.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const csodesk::SopLoader loader(*catalogue);
    csodesk::SopDocument document;
    const QList<csodesk::SopProblem> problems = loader.check(json, QStringLiteral("fuzz.json"), &document);
    const auto loaded = loader.loadJson(json, QStringLiteral("fuzz.json"));
    if (loaded.ok() != problems.isEmpty())
        __builtin_trap(); // the two entry points must agree
    return 0;
}
