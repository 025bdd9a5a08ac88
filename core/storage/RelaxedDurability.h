#pragma once

namespace csodesk {

class Database;

// For throwaway bulk work on the calling thread (demo tickets, where every call commits three
// or four times): SQLite commits without waiting for the disk (synchronous=NORMAL). In WAL mode
// the file stays consistent after a crash or power cut; only the last commits may be lost,
// which a re-run with the same seed files again. FULL is restored when the scope ends. On
// PostgreSQL nothing changes. Never for agents' or supervisors' work.
class RelaxedDurability {
public:
    explicit RelaxedDurability(Database& database);
    ~RelaxedDurability();

    RelaxedDurability(const RelaxedDurability&) = delete;
    RelaxedDurability& operator=(const RelaxedDurability&) = delete;

private:
    Database& m_database;
    bool m_relaxed = false;
};

} // namespace csodesk
