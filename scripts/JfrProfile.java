import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples or allocation samples go, over whole stacks (`jfr print` shows 5 frames of a
 * stack unless told otherwise, which hides who called a regular expression or the encoder).
 *
 * Usage: java scripts/JfrProfile.java RECORDING.jfr cpu|alloc [THREAD_PREFIX] [TOP]
 *   cpu:   jdk.ExecutionSample (Java, every 10 ms with settings=profile) weighted 1 and jdk.NativeMethodSample (every
 *          20 ms) weighted 2, so that both count time alike
 *   alloc: jdk.ObjectAllocationSample weighted by its bytes
 * A native sample is taken of a thread that is in native code, running or not: Netty's event loops waiting in epoll
 * count there, so compare native-heavy threads by their CPU time (scripts/cpu_per_turn.py --threads), not by samples.
 * THREAD_PREFIX (default "understanding") keeps the samples of threads whose name starts with it ("" for all).
 * Prints the weight by thread group, then by the first two of the service's own frames with the top frame (what the
 * service's code was doing), then inclusively by each of the service's methods (share of the kept samples).
 * Record with: jcmd PID JFR.start settings=profile name=p filename=F ... jcmd PID JFR.stop name=p
 */
public final class JfrProfile {

	public static void main(String[] args) throws Exception {
		boolean alloc = args[1].equals("alloc");
		String prefix = (args.length > 2) ? args[2] : "understanding";
		int top = (args.length > 3) ? Integer.parseInt(args[3]) : 40;
		Map<String, Double> self = new HashMap<>();
		Map<String, Double> inclusive = new HashMap<>();
		Map<String, Double> threads = new HashMap<>();
		double total = 0;
		try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
			while (file.hasMoreEvents()) {
				RecordedEvent event = file.readEvent();
				String type = event.getEventType().getName();
				double weight;
				RecordedThread thread;
				if (alloc && type.equals("jdk.ObjectAllocationSample")) {
					weight = event.getLong("weight");
					thread = event.getThread("eventThread");
				}
				else if (!alloc && (type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample"))) {
					weight = type.equals("jdk.ExecutionSample") ? 1 : 2;
					thread = event.getThread("sampledThread");
				}
				else {
					continue;
				}
				String name = (thread == null) ? "?" : String.valueOf(thread.getJavaName());
				threads.merge(name.replaceAll("-?\\d+$", ""), weight, Double::sum);
				RecordedStackTrace stack = event.getStackTrace();
				if (!name.startsWith(prefix) || stack == null) {
					continue;
				}
				total += weight;
				List<String> own = new ArrayList<>();
				Set<String> seen = new HashSet<>();
				for (RecordedFrame frame : stack.getFrames()) {
					String type0 = frame.getMethod().getType().getName();
					String method = type0.substring(type0.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
					if (type0.startsWith("com.clinicfaq") && !type0.contains("$$Lambda") && !method.contains("lambda$")) {
						own.add(method);
						if (seen.add(method)) {
							inclusive.merge(method, weight, Double::sum);
						}
					}
				}
				List<RecordedFrame> frames = stack.getFrames();
				String first = frames.isEmpty() ? "?" : frames.get(0).getMethod().getType().getName()
					.replaceAll(".*\\.", "") + "." + frames.get(0).getMethod().getName();
				String object = alloc ? " " + event.getClass("objectClass").getName().replaceAll(".*\\.", "") : "";
				self.merge(String.join(" < ", own.subList(0, Math.min(2, own.size()))) + " :: " + first + object, weight,
						Double::sum);
			}
		}
		double unit = alloc ? 1e6 : 1;
		System.out.printf("%s, threads \"%s*\": %.1f %s%n", alloc ? "allocation" : "CPU samples", prefix, total / unit,
				alloc ? "MB" : "weighted samples");
		print("by thread group", threads, unit, 0, 10);
		print("by the service's first two frames :: top frame", self, unit, total, top);
		print("inclusive, the service's methods", inclusive, unit, total, top);
	}

	private static void print(String title, Map<String, Double> weights, double unit, double total, int top) {
		System.out.println("== " + title);
		weights.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(top)
			.forEach((e) -> System.out.printf("%10.1f %s %s%n", e.getValue() / unit,
					(total > 0) ? String.format("%5.1f%%", 100 * e.getValue() / total) : "", e.getKey()));
	}

}
