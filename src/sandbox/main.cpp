// fieldlink-sandbox: the GHL + Kixie emulator as a process. Only wiring lives here.
#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxServer.h"

#include <csignal>
#include <iostream>
#include <pthread.h>

int main(int argc, char** argv) {
    using namespace fieldlink::sandbox;
    std::string error;
    const auto command = parseSandboxCommandLine(std::vector<std::string>(argv + 1, argv + argc), &error);
    if (!command) {
        std::cerr << "fieldlink-sandbox: " << error << "\n\n" << sandboxUsage();
        return 2;
    }
    if (command->showHelp) {
        std::cout << sandboxUsage();
        return 0;
    }
    if (command->showVersion) {
        std::cout << "fieldlink-sandbox " FIELDLINK_VERSION "\n";
        return 0;
    }

    // Block the stop signals before any thread starts, so every thread inherits the mask and only the
    // sigwait below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    SandboxServer server(command->options);
    if (!server.start(&error)) {
        std::cerr << "fieldlink-sandbox: " << error << '\n';
        return 1;
    }
    std::cout << "fieldlink-sandbox listening on " << server.baseUrl() << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    if (!server.stop(&error)) {
        std::cerr << "fieldlink-sandbox: " << error << '\n';
        return 1;
    }
    return 0;
}
