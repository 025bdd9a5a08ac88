#pragma once

#include "common/Result.h"
#include "tickets/TicketDraft.h"

namespace csodesk {

// Whether a draft is complete and consistent enough to become an APKT ticket. The message
// names the first problem in words the agent can fix at the preview.
[[nodiscard]] Status validateDraftForFiling(const TicketDraft& draft);

} // namespace csodesk
