#pragma once

#include "common/Result.h"
#include "tickets/TicketDraft.h"

namespace csodesk {

// A KELUHAN is the unit's to finish within 3 x 24 hours (APKT): filing sets it whatever a draft
// claims, as the floor's database does (migration 005), and the SOP validator requires it.
inline constexpr int kKeluhanSlaHours = 72;

// Whether a draft is complete and consistent enough to become an APKT ticket: required parts,
// kind and routing, an SLA for a KELUHAN, size caps on every text and on the fields and path JSON,
// and no control characters (naming the part that has one). The message names the first
// problem in words the agent can fix at the preview.
[[nodiscard]] Status validateDraftForFiling(const TicketDraft& draft);

} // namespace csodesk
