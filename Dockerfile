# syntax=docker/dockerfile:1
# Build stage: Maven with a JDK, dependencies cached in their own layer.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY intents intents
RUN mvn -B -q package -DskipTests
# ONNX Runtime's native libraries for this platform, outside the jar: a start then loads them from /app/native
# (-Donnxruntime.native.path, ENTRYPOINT) instead of inflating 16 MB from the jar into a temporary file every time.
RUN mkdir -p /build/native \
    && cp target/classes/ai/onnxruntime/native/linux-$(uname -m | sed 's/x86_64/x64/')/*.so /build/native/

# Runtime stage: a slim JRE, running as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system chatbot && useradd --system --gid chatbot --home-dir /app --shell /usr/sbin/nologin chatbot
WORKDIR /app
# The jar extracted (Spring Boot's `-Djarmode=tools extract`: the application jar and lib/), which starts faster than
# the nested jar and is what a class data sharing archive needs (below).
# (the extracted application jar keeps the name of the jar it came from: /app/app/ketamine-faq-chatbot.jar)
COPY --from=build /build/target/ketamine-faq-chatbot.jar /tmp/ketamine-faq-chatbot.jar
RUN java -Djarmode=tools -jar /tmp/ketamine-faq-chatbot.jar extract --destination /app/app \
    && rm /tmp/ketamine-faq-chatbot.jar
COPY --from=build /build/native /app/native
COPY intents intents
COPY transcripts/README.md transcripts/README.md
# Staff add training phrases (intents/); the service appends transcripts and the staff audit log, and keeps its trained
# models in cache/ so that restarts load them instead of training: all writable by the user.
RUN mkdir -p /app/audit /app/cache /app/cds && chown -R chatbot:chatbot /app/intents /app/transcripts /app/audit /app/cache /app/cds
USER chatbot
EXPOSE 8080
# Memory (docs/operations.md, docs/measurements.md): a heap sized for the work instead of a share of the container
# (room for the first start's training and a staff edit's retrain, one model at a time; a 20 MB young generation, since a request leaves little behind and all of the
# young generation is touched between collections; the old generation given back down to 40% free after a full
# collection), the serial collector (two cores, small heap: least native overhead), capped metaspace, code cache and
# thread stacks; the JVM hands freed native memory back every second (ONNX Runtime and the compilers free much of what
# they allocate) and glibc keeps at most two malloc arenas (ONNX Runtime allocates natively from many threads).
ENV JAVA_TOOL_OPTIONS="--add-modules=jdk.incubator.vector -Xms48m -Xmx144m -Xmn20m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=1000 -XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=60000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,com.clinicfaq.chatbot.safety.VectorSimilarityPass::*,0.01"
ENV MALLOC_ARENA_MAX=2
# The tokenizer's native library is unpacked here once, at build time, instead of at every start.
ENV DJL_CACHE_DIR=/app/cache/djl
# One training start at build time (the application context is refreshed, then the JVM exits): it trains the intent
# model and the risk detector on the image's intents/ and saves them in cache/, so the container's first start loads
# them (a mounted intents/ with other phrases trains once, then loads), and it records the classes it loaded in a
# class data sharing archive that every start maps instead of loading and verifying them again (docs/operations.md).
# The same JVM reads the archive; if it cannot, it says so and starts without it. Both runs use the bean definitions
# that Spring's ahead-of-time processing generated at build time (-Dspring.aot.enabled=true): the start skips parsing
# the configuration classes and their conditions; profiles and conditional settings (SpringDoc's pages, actuator
# endpoints) are then those of the packaged application.yml, and giving one at run time stops the start with a message
# (docs/operations.md, "Start-up").
RUN java -XX:ArchiveClassesAtExit=/app/cds/app.jsa -Dspring.aot.enabled=true -Donnxruntime.native.path=/app/native -Dspring.context.exit=onRefresh -jar /app/app/ketamine-faq-chatbot.jar \
      --chatbot.staff.password=image-build-only --chatbot.transcripts.directory=/tmp/build-transcripts \
      --chatbot.staff.audit-log=/tmp/build-audit.jsonl \
    && rm -rf /tmp/build-transcripts /tmp/build-audit.jsonl
# Set STAFF_USERNAME and STAFF_PASSWORD (for example with --env-file); without them a password is generated and logged once.
# No curl in the JRE image: ask the health endpoint over bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cds/app.jsa", "-Dspring.aot.enabled=true", "-Donnxruntime.native.path=/app/native", "-jar", "/app/app/ketamine-faq-chatbot.jar"]
