package dev.realmforge.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.ContainerMultiControlEvent;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for every Arquillian test class of a failsafe JVM, instead of one per class.
 * <p>
 * Arquillian generates, deploys and undeploys each class's {@code @Deployment} around the class
 * ({@code BeforeClass}: {@link GenerateDeployment}, {@link DeployManagedDeployments};
 * {@code AfterClass}: {@link UnDeployManagedDeployments}), and the Payara Micro connector starts a
 * Micro process on deploy and kills it on undeploy. This observer wraps those three events:
 * <ul>
 * <li>The first class that declares a deployment generates it as usual; its
 * {@link DeploymentScenario} (class-scoped) is kept. Every later class still generates its own,
 * which must describe the same deployment (same name, flags, target and archive entries); it is then
 * replaced, in that class's scope, by the kept scenario. The {@code ProtocolMetaData} of the
 * running deployment lives in the deployment context of the kept {@link Deployment} objects, so
 * {@code @ArquillianResource URL} resolves to the server that is already up.</li>
 * <li>{@link DeployManagedDeployments} proceeds once; if that deploy failed, later classes fail
 * with its cause instead of testing against no server.</li>
 * <li>{@link UnDeployManagedDeployments} is skipped after each class; after the suite
 * ({@link AfterSuite}, before Arquillian stops its containers) it is fired once, in a class
 * context holding the kept scenario, so the connector undeploys and stops the Micro process, and
 * this waits until the process has exited. If the JVM ends without {@code AfterSuite}, the
 * connector's own shutdown hook still stops the process.</li>
 * </ul>
 * The server's console output is kept from the first deploy on ({@link ServerOutput}).
 * Only {@code @Deployment(testable = false)} deployments can be shared: a testable deployment
 * carries its test class inside the archive, so another class could not run in it.
 * Registered by {@link SharedDeploymentExtension}.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());
    private static final Duration EXIT_WAIT = Duration.ofSeconds(60);

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<ContainerMultiControlEvent> containerEvents;

    private DeploymentScenario shared;
    private Class<?> owner;
    private int classes;
    private boolean deployed;
    private Throwable deployFailure;
    private boolean undeployingAfterSuite;
    private Set<ProcessHandle> serverProcesses = Set.of();

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
        context.proceed();
        DeploymentScenario generated = classScenario.get();
        if (generated == null || generated.deployments().isEmpty()) {
            return; // a class without a deployment has nothing to share
        }
        if (shared == null) {
            requireShareable(generated, testClass);
            shared = generated;
            owner = testClass;
        } else {
            requireSameAsShared(generated, testClass);
            classScenario.set(shared);
        }
        classes++;
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (shared == null || classScenario.get() != shared) {
            context.proceed();
            return;
        }
        if (deployFailure != null) {
            throw new IllegalStateException("the shared deployment of " + owner.getName() + " failed", deployFailure);
        }
        if (deployed) {
            return;
        }
        Set<ProcessHandle> before = children();
        ServerOutput.capture();
        try {
            context.proceed();
        } catch (RuntimeException | Error e) {
            deployFailure = e;
            throw e;
        }
        deployed = true;
        serverProcesses = children().stream().filter(p -> !before.contains(p)).collect(Collectors.toSet());
        LOG.info(() -> "Shared deployment of " + owner.getSimpleName() + " is up (process "
                + serverProcesses.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(", "))
                + "); it stays up for every Arquillian test class of this JVM");
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (undeployingAfterSuite || shared == null || classScenario.get() != shared) {
            context.proceed();
        }
        // otherwise the next class uses the same server; it is undeployed after the suite
    }

    /** Runs before Arquillian's own AfterSuite observer, which stops the containers. */
    public void undeployAfterSuite(@Observes(precedence = 100) AfterSuite event) {
        if (!deployed) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(owner);
        try {
            classScenario.set(shared);
            undeployingAfterSuite = true;
            containerEvents.fire(new UnDeployManagedDeployments());
        } finally {
            undeployingAfterSuite = false;
            deployed = false;
            context.deactivate();
            context.destroy(owner);
        }
        awaitExit();
        LOG.info(() -> "Shared deployment undeployed after serving " + classes + " test classes");
    }

    private void awaitExit() {
        for (ProcessHandle process : serverProcesses) {
            try {
                process.onExit().get(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warning(() -> "Payara Micro " + process.pid() + " still runs " + EXIT_WAIT + " after undeploy; killing it");
                process.destroyForcibly();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Set<ProcessHandle> children() {
        return ProcessHandle.current().children().collect(Collectors.toSet());
    }

    private static void requireShareable(DeploymentScenario scenario, Class<?> testClass) {
        for (Deployment deployment : scenario.deployments()) {
            DeploymentDescription d = deployment.getDescription();
            if (d.testable() || !d.managed() || !d.isArchiveDeployment()) {
                throw new IllegalStateException(testClass.getName() + ": deployment " + d.getName()
                        + " cannot be shared; the integration tests use managed @Deployment(testable = false) archives"
                        + " (see docs/testing.md, One server per stage)");
            }
        }
    }

    private void requireSameAsShared(DeploymentScenario scenario, Class<?> testClass) {
        List<String> mine = describe(scenario);
        List<String> theirs = describe(shared);
        if (!mine.equals(theirs)) {
            throw new IllegalStateException(testClass.getName() + " declares a deployment different from the one "
                    + owner.getName() + " deployed for every test class of this JVM: " + mine + " instead of " + theirs
                    + ". Give it the same @Deployment (Deployments.realmforgeWar(), testable = false) or a server of"
                    + " its own (@OwnServer with MicroProcess); see docs/testing.md, One server per stage");
        }
    }

    private static List<String> describe(DeploymentScenario scenario) {
        return scenario.deployments().stream().map(Deployment::getDescription).map(d -> {
            Archive<?> archive = d.getArchive();
            return String.join(" ", d.getName(), "testable=" + d.testable(), "managed=" + d.managed(),
                    "order=" + d.getOrder(),
                    "target=" + (d.getTarget() == null ? null : d.getTarget().getName()),
                    "protocol=" + (d.getProtocol() == null ? null : d.getProtocol().getName()),
                    "archive=" + (archive == null ? null : archive.getName()),
                    "entries=" + (archive == null ? 0 : Objects.hash(archive.getContent().keySet().stream()
                            .map(Object::toString).sorted().toList())));
        }).toList();
    }
}
