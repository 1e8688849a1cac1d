package dev.tradehub.odoo.emulator;

import java.nio.file.Path;

/**
 * Runs the emulator alone: {@code ./mvnw -pl odoo-emulator exec:java [-Dexec.args="--port 8069 --seed f.json"]}.
 * Options: {@code --port} (default 8069), {@code --host} (default 127.0.0.1), {@code --seed},
 * {@code --database} (default odoo), {@code --api-key} (default emulator-api-key), {@code --login},
 * {@code --password}, {@code --data-dir} (a folder that keeps the database across restarts and kills; default:
 * in memory only), {@code --cost-model} ({@code odoo19}: calls cost what they cost a real Odoo 19, see
 * {@link CostModel}; default {@code off}), {@code --cost-scale} (multiplies every cost, default 1.0),
 * {@code --workers} (calls served at once under the cost model, default 1). Each option takes its value as the next
 * argument or after {@code =} ({@code --cost-model=odoo19}).
 */
public final class OdooEmulatorMain {
    private OdooEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        OdooEmulator.Builder b = OdooEmulator.builder();
        String costModel = "off";
        Double costScale = null;
        Integer workers = null;
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            if (opt.equals("--help") || opt.equals("-h")) {
                System.out.println("options: --port N --host H --seed FILE --database NAME --api-key KEY --login L --password P"
                        + " --data-dir DIR --cost-model odoo19|off --cost-scale X --workers N");
                System.out.println("  --data-dir DIR  keep the database in DIR across restarts and kills (first start: the seed)");
                System.out.println("  --cost-model odoo19  calls cost what they cost a real Odoo 19 (workers=0, 2 cores); default off");
                System.out.println("  --cost-scale X  multiplies every cost (e.g. 0.5: same shape, twice as fast); default 1.0");
                System.out.println("  --workers N     calls served at once under the cost model; default 1 (Odoo with workers=0)");
                return;
            }
            String v;
            int eq = opt.indexOf('=');
            if (opt.startsWith("--") && eq > 0) {
                v = opt.substring(eq + 1);
                opt = opt.substring(0, eq);
            } else if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + opt);
            } else {
                v = args[++i];
            }
            switch (opt) {
                case "--cost-model" -> {
                    if (!v.equals("odoo19") && !v.equals("off")) {
                        throw new IllegalArgumentException("--cost-model must be odoo19 or off, got " + v);
                    }
                    costModel = v;
                }
                case "--cost-scale" -> costScale = Double.parseDouble(v);
                case "--workers" -> workers = Integer.parseInt(v);
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
        if (workers != null && workers < 1) {
            throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        }
        if (costScale != null && !(costScale >= 0 && Double.isFinite(costScale))) {
            throw new IllegalArgumentException("--cost-scale must be a number >= 0, got " + costScale);
        }
        OdooEmulator emulator = b.start();
        CostModel model = emulator.costModel();
        if (costModel.equals("odoo19")) {
            model.odoo19();
        }
        if (costScale != null) {
            model.scale(costScale);
        }
        if (workers != null) {
            model.workers(workers);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop));
        System.out.println("Odoo emulator (NOT a real Odoo) listening");
        System.out.println("  url:      " + emulator.url());
        System.out.println("  database: " + emulator.database());
        System.out.println("  api key:  " + emulator.apiKey() + "   (JSON-2: Authorization: bearer <key>)");
        System.out.println("  login:    " + emulator.login() + " / " + emulator.password() + "   (JSON-RPC, uid " + emulator.uid() + ")");
        System.out.println("  data:     " + emulator.dataDir()
                .map(dir -> dir.toAbsolutePath() + "   (kept across restarts; delete the folder to start from the seed again)")
                .orElse("in memory only, lost at stop (--data-dir DIR keeps it)"));
        System.out.println("  cost:     " + (model.isOn()
                ? costModel + " cost model, scale " + model.scale() + ", " + model.workers() + " worker(s)"
                        + "   (calls take as long as on a real Odoo 19; /emulator/cost-model)"
                : "off: calls answer at once (--cost-model=odoo19 makes them cost what Odoo's do)"));
        System.out.println("  control:  " + emulator.url() + "/emulator/sale-orders, /emulator/faults, /emulator/cost-model, /emulator/reset");
        Thread.currentThread().join();
    }
}
