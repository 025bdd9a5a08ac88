#pragma once

#include <QString>

#include <spdlog/fmt/fmt.h>

// Lets spdlog format QString arguments directly: spdlog::info("opened {}", url.displayString()).
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext> auto format(const QString& text, FormatContext& ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), ctx);
    }
};
