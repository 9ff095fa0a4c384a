package org.committeeacademy.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for the whole failsafe run. The managed Payara Micro adapter starts a server JVM on every deploy
 * and stops it on every undeploy, ~30 s each; all container tests deploy the same packaged application, so the
 * first test class deploys it and the later ones reuse its deployment scenario (and with it the deployment context
 * that holds the base URL for {@code @ArquillianResource URL}). The server is undeployed once, after the suite.
 *
 * <p>The idea of the JUnit 4-only arquillian-suite-extension, for Arquillian's JUnit 5 runner. Registered in
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension.
 */
public class SharedDeployment {

    /** Registers the observer with Arquillian's core. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario shared;
    private boolean deployed;
    private boolean suiteEnding;

    /** The first class generates the scenario from its @Deployment method; every later class gets that one. */
    public void generateOnce(@Observes EventContext<GenerateDeployment> generation) {
        if (shared == null) {
            generation.proceed();
            shared = classScenario.get();
        } else {
            classScenario.set(shared);
        }
    }

    /** Deploys (starts the server) once; a failed start is tried again by the next class. */
    public void deployOnce(@Observes EventContext<DeployManagedDeployments> deployment) {
        if (deployed) {
            return;
        }
        deployed = true;
        try {
            deployment.proceed();
        } catch (RuntimeException | Error failed) {
            deployed = false;
            throw failed;
        }
    }

    /** Keeps the deployment after each class; only the undeploy fired at the end of the suite goes through. */
    public void undeployAtEnd(@Observes EventContext<UnDeployManagedDeployments> undeployment) {
        if (suiteEnding) {
            undeployment.proceed();
        }
    }

    /** Runs before the containers stop (their observer has precedence -100), in a class scope of its own. */
    public void endSuite(@Observes AfterSuite event) {
        if (!deployed) {
            return;
        }
        ClassContext context = classContext.get();
        context.activate(SharedDeployment.class);
        try {
            classScenario.set(shared);
            suiteEnding = true;
            undeploy.fire(new UnDeployManagedDeployments());
        } finally {
            deployed = false;
            context.deactivate();
            context.destroy(SharedDeployment.class);
        }
    }
}
