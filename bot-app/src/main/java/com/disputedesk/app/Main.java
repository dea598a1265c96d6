package com.disputedesk.app;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigException;
import com.disputedesk.app.config.ConfigLoader;
import com.disputedesk.app.platform.Secrets;
import com.disputedesk.app.start.StartupException;
import com.disputedesk.core.remedy.Playbook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * Starts DisputeDesk. With no platform token in the environment it starts the console chat on the embedded
 * defaults (a SQLite file under ./data/).
 *
 * <pre>
 * usage: disputedesk [--config path/to/disputedesk.yml]
 *        disputedesk suggest [--config path/to/disputedesk.yml] [--now 2026-11-25T10:00:00Z] &lt; case.json
 * </pre>
 */
public final class Main {
    static final int OK = 0;
    static final int BAD_CONFIG = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    /** Runs the bot; returns the process exit code. */
    static int run(String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("suggest")) {
            return SuggestCli.run(Arrays.copyOfRange(args, 1, args.length), env, stdin, out, err, Clock.systemUTC());
        }
        Path configFile;
        try {
            configFile = configFile(args, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_CONFIG;
        }
        AppConfig config;
        DeskApp app;
        try {
            config = ConfigLoader.load(configFile, env);
            app = new DeskApp(config, Secrets.from(env), Clock.systemUTC());
            app.assemble();
        } catch (ConfigException | Playbook.PlaybookException | StartupException e) {
            err.println("DisputeDesk cannot start: " + e.getMessage());
            return BAD_CONFIG;
        }
        try (app) {
            if (app.startPlatforms()) {
                app.serveUntilStopped();
                return OK;
            }
            boolean interactive = System.console() != null && stdin == System.in;
            if (interactive) {
                out.println("DisputeDesk console. Type /help for the commands, /new to open a case; Ctrl-D quits.");
            }
            app.runConsole(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), out, interactive);
            return OK;
        } catch (ConfigException e) {
            err.println("DisputeDesk cannot start: " + e.getMessage());
            return BAD_CONFIG;
        } catch (IOException | IllegalStateException e) {
            err.println("DisputeDesk stopped: " + e.getMessage());
            return 1;
        }
    }

    private static Path configFile(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            throw new IllegalArgumentException("unknown argument '" + args[i]
                    + "'; usage: disputedesk [--config path/to/disputedesk.yml]");
        }
        return Path.of(env.getOrDefault("DISPUTEDESK_CONFIG", "config/disputedesk.yml"));
    }
}
