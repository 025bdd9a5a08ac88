#pragma once

#include <QString>

namespace csodesk::test {

// Compares `actual` with the committed file tests/data/<relativePath>. With
// CSODESK_UPDATE_GOLDEN=1 in the environment the file is (re)written instead, on purpose.
// Returns an empty string on a match, otherwise a readable description of the first difference.
[[nodiscard]] QString compareWithGolden(const QString& relativePath, const QString& actual);

[[nodiscard]] QString testDataPath(const QString& relativePath);
[[nodiscard]] QString readTestData(const QString& relativePath);

} // namespace csodesk::test
