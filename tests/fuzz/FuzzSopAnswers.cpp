// Scripted answers for a non-interactive SOP walk (csodesk-cli sop walk --answers FILE):
// any bytes give a list of answers or an error with a message, never a crash.
#include "sop/SopAnswers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto answers = csodesk::sopAnswersFromJson(json);
    if (answers.ok()) {
        for (const csodesk::SopAnswer& answer : answers.value()) {
            if (answer.node.isEmpty())
                __builtin_trap(); // every step names its node
        }
    } else if (answers.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
