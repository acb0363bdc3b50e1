# syntax=docker/dockerfile:1
# Build stage: Maven with a JDK, dependencies cached in their own layer.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY intents intents
RUN mvn -B -q package -DskipTests

# Runtime stage: a slim JRE, running as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system chatbot && useradd --system --gid chatbot --home-dir /app --shell /usr/sbin/nologin chatbot
WORKDIR /app
COPY --from=build /build/target/ketamine-faq-chatbot.jar app.jar
COPY intents intents
COPY transcripts/README.md transcripts/README.md
# Staff add training phrases (intents/); the service appends transcripts and the staff audit log, and keeps the
# training phrases' embeddings in cache/ so that restarts train faster: all writable by the user.
RUN mkdir -p /app/audit /app/cache && chown -R chatbot:chatbot /app/intents /app/transcripts /app/audit /app/cache
USER chatbot
EXPOSE 8080
# Memory (docs/measurements.md): a heap sized for the work instead of a share of the container (room for the first
# start's training; a 20 MB young generation, since a request leaves little behind and all of the young generation is
# touched between collections), the serial collector (two cores, small heap: least native overhead), capped
# metaspace, code cache and thread stacks; glibc keeps at most two malloc arenas (ONNX Runtime allocates natively
# from many threads).
ENV JAVA_TOOL_OPTIONS="-Xms48m -Xmx128m -Xmn20m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m"
ENV MALLOC_ARENA_MAX=2
# Set STAFF_USERNAME and STAFF_PASSWORD (for example with --env-file); without them a password is generated and logged once.
# No curl in the JRE image: ask the health endpoint over bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
