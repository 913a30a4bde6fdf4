import { StatusCard } from "@/components/ui/status-card";

export default function Forbidden() {
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <StatusCard title="You do not have access to this page">
          <p>Your role does not include this part of the desk. Ask an administrator if you need it.</p>
        </StatusCard>
      </div>
    </main>
  );
}
