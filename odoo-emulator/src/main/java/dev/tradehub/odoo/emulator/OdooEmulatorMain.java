package dev.tradehub.odoo.emulator;

import java.nio.file.Path;

/**
 * Runs the emulator alone: {@code ./mvnw -pl odoo-emulator exec:java [-Dexec.args="--port 8069 --seed f.json"]}.
 * Options: {@code --port} (default 8069), {@code --host} (default 127.0.0.1), {@code --seed},
 * {@code --database} (default odoo), {@code --api-key} (default emulator-api-key), {@code --login},
 * {@code --password}, {@code --data-dir} (a folder that keeps the database across restarts and kills; default:
 * in memory only).
 */
public final class OdooEmulatorMain {
    private OdooEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        OdooEmulator.Builder b = OdooEmulator.builder();
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            if (opt.equals("--help") || opt.equals("-h")) {
                System.out.println("options: --port N --host H --seed FILE --database NAME --api-key KEY --login L --password P"
                        + " --data-dir DIR");
                System.out.println("  --data-dir DIR  keep the database in DIR across restarts and kills (first start: the seed)");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + opt);
            }
            String v = args[++i];
            switch (opt) {
                case "--port" -> b.port(Integer.parseInt(v));
                case "--host" -> b.host(v);
                case "--seed" -> b.seed(Path.of(v));
                case "--database" -> b.database(v);
                case "--api-key" -> b.apiKey(v);
                case "--login" -> b.login(v);
                case "--password" -> b.password(v);
                case "--data-dir" -> b.dataDir(Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + opt);
            }
        }
        OdooEmulator emulator = b.start();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop));
        System.out.println("Odoo emulator (NOT a real Odoo) listening");
        System.out.println("  url:      " + emulator.url());
        System.out.println("  database: " + emulator.database());
        System.out.println("  api key:  " + emulator.apiKey() + "   (JSON-2: Authorization: bearer <key>)");
        System.out.println("  login:    " + emulator.login() + " / " + emulator.password() + "   (JSON-RPC, uid " + emulator.uid() + ")");
        System.out.println("  data:     " + emulator.dataDir()
                .map(dir -> dir.toAbsolutePath() + "   (kept across restarts; delete the folder to start from the seed again)")
                .orElse("in memory only, lost at stop (--data-dir DIR keeps it)"));
        System.out.println("  control:  " + emulator.url() + "/emulator/sale-orders, /emulator/faults, /emulator/reset");
        Thread.currentThread().join();
    }
}
