#pragma once

#include <QString>

namespace csodesk {

// Where csodesk keeps its files, under the user's data directory (QStandardPaths), unless
// CSODESK_DATA_DIR points elsewhere (tests and portable installs).
class AppPaths {
public:
    [[nodiscard]] static QString dataDirectory();
    [[nodiscard]] static QString defaultDatabasePath(); // <data>/csodesk.db
    [[nodiscard]] static QString logDirectory(); // <data>/logs
    [[nodiscard]] static QString sopDirectory(); // <data>/sop
    [[nodiscard]] static QString draftDirectory(); // <data>/drafts (calls in progress)
};

// Organisation and application names used by QSettings and QStandardPaths.
void setApplicationIdentity();

} // namespace csodesk
