#pragma once

#include <QString>

namespace csodesk {
class ApktCatalogue;
class CallBackend;
class Clock;
class SopLibrary;
} // namespace csodesk

namespace csodesk::ui {

// What the agent workspace works with, constructed in app/desktop/main.cpp (and by the UI
// tests and the desktop benchmark the same way). The call's storage is behind CallBackend
// (core/calls): ServiceCallBackend in the desktop, a wrapper that fails on cue in the tests.
struct AgentServices {
    CallBackend* calls = nullptr;
    const SopLibrary* sops = nullptr;
    const ApktCatalogue* catalogue = nullptr;
    const Clock* clock = nullptr;
    QString draftDirectory; // AppPaths::draftDirectory()

    // Every service the workspace needs, so no caller can forget one.
    [[nodiscard]] static AgentServices wire(CallBackend& calls, const SopLibrary& sops, const ApktCatalogue& catalogue,
        const Clock& clock, const QString& draftDirectory)
    {
        return AgentServices { &calls, &sops, &catalogue, &clock, draftDirectory };
    }
};

} // namespace csodesk::ui
