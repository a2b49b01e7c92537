# Sourced by the benchmarks: sets JAR to the sample app's jar (built when missing; JAR= picks
# another, such as one built from an older commit; EXTRACT=1 runs it extracted, as Spring Boot's
# jarmode tools lay it out) and, with
# CDS=1 or AOT=1, extracts it and trains a class-data archive (JDK 17+) or an AOT cache (JDK 25)
# from one start that exits once the context is refreshed, adding the flag that uses it to
# JAVA_OPTS. TRAIN_ARGS are the application arguments of that start.
JAR=${JAR:-$(ls sample-app/target/sample-app-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$JAR" ]; then
  mvn -q -B -pl sample-app -am package -DskipTests
  JAR=$(ls sample-app/target/sample-app-*.jar | head -1)
fi
if [ "${EXTRACT:-0}" = 1 ] || [ "${CDS:-0}" = 1 ] || [ "${AOT:-0}" = 1 ]; then
  TRAINED=$(mktemp -d)
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$TRAINED/app" > /dev/null
  JAR="$TRAINED/app/$(basename "$JAR")"
fi
if [ "${CDS:-0}" = 1 ] || [ "${AOT:-0}" = 1 ]; then
  if [ "${AOT:-0}" = 1 ]; then
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$TRAINED/app.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
      "${TRAIN_ARGS[@]}" > /dev/null 2>&1
    JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$TRAINED/app.aot"
  else
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$TRAINED/app.jsa" -Dspring.context.exit=onRefresh -jar "$JAR" \
      "${TRAIN_ARGS[@]}" > /dev/null 2>&1
    JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$TRAINED/app.jsa"
  fi
fi
