#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"
#include "core/auth/AccessTokenSource.h"
#include "support/SandboxFixture.h"

#include <QSignalSpy>

namespace fieldlink::test {

/// Waits for one request's single result.
inline api::ApiResult awaitResult(api::ApiRequest* request, int timeoutMs = 30000) {
    QSignalSpy spy(request, &api::ApiRequest::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.at(0).at(0).value<api::ApiResult>();
}

inline api::GhlSettings sandboxGhlSettings(const SandboxFixture& sandbox) {
    api::GhlSettings settings;
    settings.baseUrl = QUrl(sandbox.baseUrl());
    settings.locationId = sandbox.locationId();
    return settings;
}

inline api::KixieSettings sandboxKixieSettings(const SandboxFixture& sandbox) {
    api::KixieSettings settings;
    settings.baseUrl = QUrl(sandbox.baseUrl());
    return settings;
}

inline api::KixieCredentials sandboxKixieCredentials(const SandboxFixture& sandbox) {
    return {sandbox.kixieApiKey(), sandbox.kixieBusinessId()};
}

} // namespace fieldlink::test
