#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace csodesk {

// APKT-like ticket numbers: family letter K (Keluhan family, which all contact-centre reports
// belong to), the 2-digit site code, the WIB date as yyMMdd and the day's sequence, at least
// 5 digits: K54261122 00042 -> "K5426112200042". The exact APKT layout is unknown
// (domain.md [A]); the parts are chosen so that a number is unique per site and day.
namespace ticket_number {

constexpr int kSequenceDigits = 5;

[[nodiscard]] Status checkSiteCode(const QString& siteCode);
[[nodiscard]] QString dayKey(const QDate& wibDate); // "261122"
[[nodiscard]] QString format(const QString& siteCode, const QDate& wibDate, qint64 sequence);

} // namespace ticket_number

} // namespace csodesk
