#pragma once

#include "CliContext.h"
#include "apkt/ApktCatalogue.h"
#include "sop/SopLibrary.h"

namespace csodesk::cli {

struct SopWalkOptions {
    QString contextFile; // SopContext as JSON; or:
    QString customerKey; // IDPEL or meter number: the context comes from the customer look-up
    QString billPeriod; // with customerKey: the bill the scripts talk about (YYYY-MM); empty = newest
    QString userName; // who signs in (needed for customerKey and for fileTicket)
    bool fileTicket = false; // file the draft as a ticket and print its number
    QString answersFile; // empty: ask on the terminal
    bool json = false; // print the draft as ticketDraftToJson
    bool english = false; // show the English gloss while walking interactively
};

// `sop walk`: drives one SopSession from an answers file or the terminal, prints the draft.
int runSopWalk(CliContext& context, const ApktCatalogue& catalogue, const SopLibrary::DocumentPtr& document,
    const SopWalkOptions& options);

} // namespace csodesk::cli
