#pragma once

#include "CliContext.h"
#include "apkt/ApktCatalogue.h"
#include "sop/SopLibrary.h"

namespace csodesk::cli {

struct SopWalkOptions {
    QString contextFile; // SopContext as JSON
    QString answersFile; // empty: ask on the terminal
    bool json = false; // print the draft as ticketDraftToJson
    bool english = false; // show the English gloss while walking interactively
};

// `sop walk`: drives one SopSession from an answers file or the terminal, prints the draft.
int runSopWalk(CliContext& context, const ApktCatalogue& catalogue, const SopLibrary::DocumentPtr& document,
    const SopWalkOptions& options);

} // namespace csodesk::cli
