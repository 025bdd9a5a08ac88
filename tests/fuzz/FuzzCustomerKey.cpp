// What an agent types in the search box: IDPEL or meter number, with any separators. The
// parsers must never crash, and whatever they accept must be exactly the digits they claim.
#include "customers/CustomerKey.h"
#include "customers/Idpel.h"
#include "customers/MeterNumber.h"

#include <cstddef>
#include <cstdint>

namespace {

bool allAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto key = csodesk::parseCustomerKey(input); key.ok()) {
        const int expected = key->isIdpel() ? csodesk::Idpel::kLength : csodesk::MeterNumber::kLength;
        if (key->digits.size() != expected || !allAsciiDigits(key->digits))
            __builtin_trap();
    } else if (key.error().message.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    if (auto idpel = csodesk::Idpel::parse(input); idpel.ok()) {
        if (idpel->digits().size() != csodesk::Idpel::kLength || !allAsciiDigits(idpel->digits()))
            __builtin_trap();
    }
    if (auto meter = csodesk::MeterNumber::parse(input); meter.ok()) {
        if (meter->digits().size() != csodesk::MeterNumber::kLength || !allAsciiDigits(meter->digits()))
            __builtin_trap();
    }
    return 0;
}
